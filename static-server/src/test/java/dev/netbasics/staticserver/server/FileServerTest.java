package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileServerTest {

    @Test
    void bannerIsPythonsForEveryAddress() throws Exception {
        assertEquals("Serving HTTP on 0.0.0.0 port 9000 (http://0.0.0.0:9000/) ...",
                FileServer.banner(null, new InetSocketAddress(9000), false));
        assertEquals("Serving HTTP on ::1 port 80 (http://[::1]:80/) ...",
                FileServer.banner(InetAddress.getByName("::1"), new InetSocketAddress("::1", 80), false));
    }

    @Test
    void bannerSaysHttpsWithTls() throws Exception {
        assertEquals("Serving HTTPS on ::1 port 8443 (https://[::1]:8443/) ...",
                FileServer.banner(InetAddress.getByName("::1"), new InetSocketAddress("::1", 8443), true));
    }

    /** Ctrl-C as soon as the banner is out: the server must be serving by then, so it stops cleanly. */
    @Test
    void aStopRightAfterTheBannerEndsTheRunCleanly(@TempDir Path root) throws Exception {
        AtomicReference<FileServer> server = new AtomicReference<>();
        StringWriter printed = new StringWriter();
        Writer stopOnBanner = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                printed.write(buffer, offset, length);
                if (printed.toString().startsWith("Serving HTTP on ")) {
                    server.get().stop();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        server.set(new FileServer(new ServerConfig(root, InetAddress.getLoopbackAddress(), 0, ServerConfig.HTTP_1_1,
                false, true, true, false, 16, Duration.ofSeconds(5), Duration.ofSeconds(5), null,
                UploadPolicy.OFF, false),
                new PrintWriter(stopOnBanner), new PrintWriter(Writer.nullWriter())));
        assertEquals(new FileServer.Shutdown(0, false), server.get().run());
        assertTrue(printed.toString().startsWith("Serving HTTP on 127.0.0.1 port "), printed.toString());
    }
}
