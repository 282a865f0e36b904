package dev.netbasics.chat;

import static dev.netbasics.chat.ChatTestSupport.typed;
import static dev.netbasics.chat.ChatTestSupport.writer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Our client with the book's server.py and the book's client.py with our server (dist/python). */
class PythonInteropTest {

    private static final Path SCRIPTS = Path.of("..", "dist", "python");
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static boolean pythonAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void ourClientWithPythonsServer() throws Exception {
        assumeTrue(pythonAvailable(), "python3 not installed");
        int port = freePort();
        Process python = new ProcessBuilder("python3", SCRIPTS.resolve("server.py").toString(), "127.0.0.1",
                Integer.toString(port)).redirectErrorStream(true).start();
        python.getOutputStream().write("Hi from Python\nSecond answer ✓\n".getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        SocketChannel connection = null;
        for (int i = 0; i < 100 && connection == null; i++) {
            try {
                connection = StreamEndpoint.connect(new InetSocketAddress("127.0.0.1", port), Duration.ofSeconds(2), "py");
            } catch (ChatException notYet) {
                Thread.sleep(100);
            }
        }
        StringWriter out = new StringWriter();
        new BookClient(connection, typed("Hello Python\nHow are you?\nbye\n", out), writer(out), 65_536,
                Duration.ofSeconds(10)).run();
        assertEquals("Received from server: Hi from Python\nReceived from server: Second answer ✓\n", out.toString());
        assertTrue(python.waitFor(10, TimeUnit.SECONDS));
        String pythonOut = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pythonOut.matches("(?s)Connection from: \\('127\\.0\\.0\\.1', \\d+\\)\n"
                + "from connected user: Hello Python\n.*from connected user: How are you\\?\n.*"), pythonOut);
    }

    @Test
    void pythonsClientWithOurServer() throws Exception {
        assumeTrue(pythonAvailable(), "python3 not installed");
        ServerSocketChannel listener = StreamEndpoint.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2);
        StringWriter serverOut = new StringWriter();
        Future<Integer> server = threads.submit(() -> new BookServer(listener, typed("Hello back ✓\nFine\n", serverOut),
                writer(serverOut), 65_536, Duration.ofSeconds(10)).run(false));
        Process python = new ProcessBuilder("python3", SCRIPTS.resolve("client.py").toString(), "127.0.0.1",
                Integer.toString(listener.socket().getLocalPort())).redirectErrorStream(true).start();
        python.getOutputStream().write("Hi from Python\nAll good?\nBye\n".getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        assertTrue(python.waitFor(20, TimeUnit.SECONDS));
        String pythonOut = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(" -> Received from server: Hello back ✓\n\n -> Received from server: Fine\n\n -> ", pythonOut);
        assertEquals(0, server.get(10, TimeUnit.SECONDS));
        assertTrue(serverOut.toString().contains("from connected user: Hi from Python\nfrom connected user: All good?\n"),
                serverOut.toString());
        assertTrue(Files.isRegularFile(SCRIPTS.resolve("client.py")));
    }
}
