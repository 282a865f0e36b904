package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Refused connections, silent peers and oversized lines: one {@code Error:} line and exit 1, or a note and on. */
class FailuresIT {

    @Test
    void aRefusedConnectionIsOneLine() throws Exception {
        String port = Integer.toString(Peers.freePort());
        PackagedTool.Result client = PackagedTool.of("client", "--host", "127.0.0.1", "--port", port)
                .input("hello\n".getBytes(StandardCharsets.UTF_8)).run();
        assertEquals(ExitCode.UNREACHABLE, client.status());
        assertEquals("Error: cannot reach 127.0.0.1 port " + port + ": Connection refused\n", client.err());
        assertEquals("", client.outAsUtf8());
    }

    @Test
    void nobodyListeningForDatagramsIsOneLine() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        PackagedTool.Result client = PackagedTool.of("client", "--udp", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--timeout", "5").input("hello\n".getBytes(StandardCharsets.UTF_8)).run();
        assertEquals(ExitCode.UNREACHABLE, client.status());
        assertEquals("Error: nothing listens on 127.0.0.1 port " + port + " (connection refused)\n", client.err());
    }

    @Test
    void theClientGivesUpOnASilentServer() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(silent));
            long start = System.nanoTime();
            PackagedTool.Result client = PackagedTool.of("client", "--host", "127.0.0.1", "--port",
                    Integer.toString(silent.getLocalPort()), "--timeout", "1")
                    .input("anyone there?\n".getBytes(StandardCharsets.UTF_8)).run();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(ExitCode.TIMEOUT, client.status());
            assertEquals("Error: no answer from the server within 1 s\n", client.err());
            assertTrue(millis >= 1000, "waited " + millis + " ms");
            accepted.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void theServerGivesUpWaitingForAClient() {
        PackagedTool.Result server = PackagedTool.of("server", "--host", "127.0.0.1", "--port", "0", "--timeout", "1")
                .run();
        assertEquals(ExitCode.TIMEOUT, server.status());
        assertTrue(server.err().endsWith("Error: no client within 1 s\n"), server.err());
    }

    @Test
    void theServerLetsASilentClientGo() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--host", "127.0.0.1", "--port", "0",
                "--timeout", "1"));
                Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            silent.setSoTimeout(30_000);
            assertTrue(server.nextLine().startsWith("Connection from: "));
            assertEquals("Client silent for 1 s: closing the connection", server.nextLine());
            assertEquals(-1, silent.getInputStream().read(), "the server closed the connection");
            assertEquals(0, server.exitStatus());
        }
    }

    @Test
    void anOverlongLineIsRefusedAndTheServerServesTheNextClient() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--host", "127.0.0.1", "--port", "0",
                "--max-line", "1000", "--keep-open"))) {
            try (Socket flood = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                flood.getOutputStream().write(("x".repeat(5000) + "\n").getBytes(StandardCharsets.US_ASCII));
                assertEquals("Client refused: peer sent a line longer than 1000 bytes; refused",
                        server.nextLine(line -> !line.startsWith("Connection from: ")));
            }
            server.type("still serving");
            PackagedTool.Result next = PackagedTool.of("client", "--host", "127.0.0.1", "--port",
                    Integer.toString(server.port())).input("hi\n".getBytes(StandardCharsets.UTF_8)).run();
            assertEquals("Received from server: still serving\n", next.outAsUtf8(), next.err());
        }
    }

    @Test
    void theClientRefusesAnOverlongAnswer() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answer = CompletableFuture.runAsync(() -> {
                try (Socket peer = accept(listener)) {
                    InputStream in = peer.getInputStream();
                    while (in.read() != '\n') {
                        // the question
                    }
                    OutputStream out = peer.getOutputStream();
                    out.write(("y".repeat(3000) + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    in.read();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            PackagedTool.Result client = PackagedTool.of("client", "--host", "127.0.0.1", "--port",
                    Integer.toString(listener.getLocalPort()), "--max-line", "1000")
                    .input("question\n".getBytes(StandardCharsets.UTF_8)).run();
            assertEquals(ExitCode.PROTOCOL, client.status());
            assertEquals("Error: peer sent a line longer than 1000 bytes; refused\n", client.err());
            answer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            PackagedTool.Result server = PackagedTool.of("server", "--host", "127.0.0.1", "--port", port).run();
            assertEquals(1, server.status());
            assertEquals("Error: cannot listen on 127.0.0.1 port " + port + ": Address already in use\n", server.err());
        }
    }

    private static Socket accept(ServerSocket listener) {
        try {
            listener.setSoTimeout(30_000);
            return listener.accept();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
