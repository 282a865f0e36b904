package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MINA FtpServer on ::1: EPSV passive and EPRT active data connections, host given bare or in a URL. */
class Ipv6IT {

    @TempDir
    Path root;

    @TempDir
    Path local;

    private MinaServer server;

    @BeforeEach
    void start() throws Exception {
        Prerequisites.assumeMachine(loopbackV6Works(), "no IPv6 loopback (::1) here");
        Files.writeString(root.resolve("hello"), "hello\n");
        server = MinaServer.start(root, "::1", null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void getFromABareIpv6Address() throws IOException {
        ToolRun run = ToolRun.run("get", "::1", "-p", Integer.toString(server.port()), "--to", local.toString());
        assertEquals(0, run.status, run.toString());
        assertEquals("['hello']\nDownloading...hello\n", run.out);
        assertEquals("hello\n", Files.readString(local.resolve("hello")));
    }

    @Test
    void getFromABracketedAddressWithItsPort() throws IOException {
        ToolRun run = ToolRun.run("get", "[::1]:" + server.port(), "--to", local.toString());
        assertEquals(0, run.status, run.toString());
        assertEquals("hello\n", Files.readString(local.resolve("hello")));
    }

    @Test
    void activeModeFromABracketedUrl() throws IOException {
        ToolRun run = ToolRun.run("get", "ftp://[::1]:" + server.port() + "/", "--active", "--verbose", "--to",
                local.toString());
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> EPRT |2|0:0:0:0:0:0:0:1|") || run.err.contains("> EPRT |2|::1|"), run.err);
        assertEquals("hello\n", Files.readString(local.resolve("hello")));
    }

    private static boolean loopbackV6Works() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return socket.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
