package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lingering close's documented limits (README; RFC 9112, 9.6): after an answer sent before its request was
 * read whole, the server ends its output and reads and drops what the client still sends, until 4 MiB have come,
 * the client has been silent for 2 s, or 5 s have passed. When the server has let go of its end is read from
 * /proc/net/tcp: its socket for the connection no longer belongs to a process (inode 0) or is gone.
 */
class LingeringCloseIT {

    /** The kernel's TCP sockets: IPv4 ones, and IPv6 ones (the JDK's sockets, IPv4 addresses mapped into IPv6). */
    private static final List<Path> TCP = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path root;

    private ServerProcess server;
    private Socket client;

    @BeforeEach
    void refusedRequest() throws Exception {
        Prerequisites.assumeMachine(TCP.stream().allMatch(Files::isReadable),
                "no /proc/net/tcp and tcp6 to see the server's sockets in");
        server = ServerProcess.serve(root, "-q");
        client = server.connect();
        ServerProcess.write(client.getOutputStream(), "GARBAGE\r\n");
        InputStream in = client.getInputStream();
        assertEquals(400, RawResponse.read(in, false).status());
        assertEquals(-1, in.read(), "the server's output ends with its answer");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void aClientSendingWithoutPauseIsCutOffAfter4MiB() {
        long start = System.nanoTime();
        long written = 0;
        byte[] chunk = new byte[64 * 1024];
        try {
            OutputStream out = client.getOutputStream();
            while (written < 1024 * MIB) {
                out.write(chunk);
                written += chunk.length;
            }
        } catch (IOException closed) {
            // the server let go: what it has not read is refused
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(written >= 4 * MIB, "cut off after " + written + " bytes");
        // What socket buffers can hold on loopback (send 4 MiB, receive 32 MiB) may be written after the limit.
        assertTrue(written < 48 * MIB, "still taking after " + written + " bytes");
        assertTrue(millis < 4_500, "it took " + millis + " ms, as the 5 s limit would");
    }

    @Test
    void aSilentClientIsLetGoAfter2Seconds() throws Exception {
        long start = System.nanoTime();
        awaitRelease(TimeUnit.SECONDS.toNanos(10), () -> { });
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 1_500, "let go after " + millis + " ms of silence");
        assertTrue(millis < 4_500, "let go after " + millis + " ms, as the 5 s limit would");
    }

    @Test
    void aClientThatNeverFallsSilentIsLetGoAfter5Seconds() throws Exception {
        long start = System.nanoTime();
        OutputStream out = client.getOutputStream();
        awaitRelease(TimeUnit.SECONDS.toNanos(15), () -> {
            // a byte every half second: never 2 s of silence, far from 4 MiB
            Thread.sleep(500);
            out.write('x');
            out.flush();
        });
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 4_500, "let go after " + millis + " ms");
        assertTrue(millis < 7_000, "still lingering after " + millis + " ms");
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code step} until the server no longer holds its end of the connection, or the deadline passes. */
    private void awaitRelease(long deadlineNanos, Step step) throws Exception {
        long deadline = System.nanoTime() + deadlineNanos;
        while (serverHolds()) {
            assertTrue(System.nanoTime() < deadline, "the server still holds the connection");
            try {
                step.run();
            } catch (IOException refused) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /** Whether a process holds the server's socket of this connection (listed in /proc/net/tcp* with an inode). */
    private boolean serverHolds() throws IOException {
        for (Path table : TCP) {
            List<String> lines = Files.readAllLines(table);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.strip().split("\\s+");
                if (port(fields[1]) == server.port && port(fields[2]) == client.getLocalPort()) {
                    return !fields[9].equals("0");
                }
            }
        }
        return false;
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
    }
}
