package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool as users stop it: Ctrl-C (SIGINT) or SIGTERM end it with Python's message and status 0. */
class ShutdownIT {

    @TempDir
    Path root;

    @Test
    void sigtermStopsCleanlyWithStatusZero() throws Exception {
        Files.writeString(root.resolve("hello.txt"), "hello");
        try (ServerProcess server = ServerProcess.serve(root)) {
            assertStopsWithPythonsMessage(server, "TERM");
        }
    }

    @Test
    void ctrlCStopsCleanlyWithStatusZero() throws Exception {
        Files.writeString(root.resolve("hello.txt"), "hello");
        try (ServerProcess server = ServerProcess.serveInterruptible(root)) {
            assertStopsWithPythonsMessage(server, "INT");
        }
    }

    /** Nothing accepted yet: the listener's close must wake the accepting thread at once. */
    @Test
    void aServerThatNeverServedStopsAtOnce() throws Exception {
        try (ServerProcess server = ServerProcess.serve(root)) {
            long start = System.nanoTime();
            assertEquals(0, server.stop("TERM"));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "stopping took over 5 s");
            assertEquals("", server.nextOutputLine());
            assertEquals("Shutdown requested, exiting.", server.nextOutputLine());
        }
    }

    @Test
    void aResponseInProgressIsFinishedBeforeTheExit() throws Exception {
        byte[] data = new byte[32 * 1024 * 1024];
        new Random(5).nextBytes(data);
        Files.write(root.resolve("large.bin"), data);
        try (ServerProcess server = ServerProcess.serve(root); Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "GET /large.bin HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            // The head and the first bytes have come; most of the body is still to be sent.
            byte[] first = in.readNBytes(1024);
            server.signal("TERM");
            assertEquals("", server.nextOutputLine());
            assertTrue(server.nextOutputLine().startsWith("Shutdown requested: finishing 1 response in progress"));
            byte[] rest = in.readAllBytes();
            byte[] whole = new byte[first.length + rest.length];
            System.arraycopy(first, 0, whole, 0, first.length);
            System.arraycopy(rest, 0, whole, first.length, rest.length);
            int bodyStart = new String(whole, 0, 1024, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
            assertArrayEquals(data, java.util.Arrays.copyOfRange(whole, bodyStart, whole.length));
            assertEquals(0, server.awaitExit());
            assertEquals("Shutdown requested, exiting.", server.nextOutputLine());
        }
    }

    /** The first Ctrl-C says at once what the server waits for, and for how long at most. */
    @Test
    void theFirstSignalSaysWhatItWaitsForAndHowLong() throws Exception {
        try (ServerProcess server = ServerProcess.serveInterruptible(root, "--shutdown-timeout", "7");
                Socket stalled = stall(server)) {
            long start = System.nanoTime();
            server.signal("INT");
            assertEquals("", server.nextOutputLine());
            assertEquals("Shutdown requested: finishing 1 response in progress, at most 7 s (Ctrl-C again stops at "
                    + "once) ...", server.nextOutputLine());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 3_000, "said after " + millis + " ms");
        }
    }

    /** A second Ctrl-C stops at once, cutting off what is in progress: status 130, as interrupted. */
    @Test
    void aSecondSignalStopsAtOnce() throws Exception {
        try (ServerProcess server = ServerProcess.serveInterruptible(root); Socket stalled = stall(server)) {
            server.signal("INT");
            assertEquals("", server.nextOutputLine());
            assertTrue(server.nextOutputLine().startsWith("Shutdown requested: finishing 1 response"));
            long start = System.nanoTime();
            server.signal("INT");
            assertEquals(130, server.awaitExit());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 3_000, "stopped after " + millis + " ms");
            assertEquals("", server.nextOutputLine());
            assertEquals("Stopped at once: 1 response cut off, exiting.", server.nextOutputLine());
        }
    }

    /** --shutdown-timeout bounds the wait: a response that cannot finish is cut off when it is over. */
    @Test
    void theShutdownTimeoutCutsOffAResponseThatCannotFinish() throws Exception {
        try (ServerProcess server = ServerProcess.serve(root, "--shutdown-timeout", "1"); Socket stalled = stall(server)) {
            long start = System.nanoTime();
            assertEquals(0, server.stop("TERM"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= 900 && millis < 5_000, "stopped after " + millis + " ms");
            assertEquals("", server.nextOutputLine());
            assertTrue(server.nextOutputLine().startsWith("Shutdown requested: finishing 1 response"));
            assertEquals("Shutdown timeout (1 s): 1 response cut off, exiting.", server.nextOutputLine());
        }
    }

    /**
     * A client that asks for a large file and reads none of it: the answer stays in progress, and the server
     * busy with it, whatever the test does meanwhile. Returns once the server has begun answering.
     */
    private Socket stall(ServerProcess server) throws Exception {
        Files.write(root.resolve("large.bin"), new byte[64 * 1024 * 1024]);
        Socket socket = server.connect();
        socket.setReceiveBufferSize(4096);
        ServerProcess.write(socket.getOutputStream(), "GET /large.bin HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals('H', socket.getInputStream().read(), "the answer has begun");
        return socket;
    }

    private static void assertStopsWithPythonsMessage(ServerProcess server, String signal) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("/hello.txt"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("hello", response.body());
        assertEquals(0, server.stop(signal));
        assertEquals("", server.nextOutputLine());
        assertEquals("Shutdown requested, exiting.", server.nextOutputLine());
    }
}
