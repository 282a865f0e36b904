package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged tool against Debian's python3-httpbin, side by side with the book's scripts (dist/python). */
class HttpbinInteropIT {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPTS = Path.of("..", "dist", "python");
    private static Process httpbin;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Prerequisites.requirePeer(Files.isExecutable(Path.of(PYTHON)) && exitsCleanly(PYTHON, "-c", "import httpbin"),
                "python3-httpbin");
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        httpbin = new ProcessBuilder(PYTHON, "-m", "httpbin.core", "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 200; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("httpbin did not start");
    }

    @AfterAll
    static void stop() throws Exception {
        if (httpbin != null) {
            httpbin.destroy();
            httpbin.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean exitsCleanly(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String tool(int expectedStatus, String... args) {
        PackagedTool.Result run = PackagedTool.of(args).run();
        assertEquals(expectedStatus, run.status(), run.err());
        return run.outAsUtf8();
    }

    private static String python(String script, String... args) throws Exception {
        String[] command = new String[args.length + 2];
        command[0] = PYTHON;
        command[1] = SCRIPTS.resolve(script).toString();
        System.arraycopy(args, 0, command, 2, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** Header names in order: what both print, minus values that change with every request. */
    private static String headerNames(String output) {
        Matcher names = Pattern.compile("\\('([^']+)', ").matcher(output);
        StringBuilder found = new StringBuilder();
        while (names.find()) {
            found.append(names.group(1)).append(' ');
        }
        return found.toString();
    }

    @Test
    void getPrintsWhatTheBooksScriptPrints() throws Exception {
        String ours = tool(0, "get", url("/get"));
        String book = python("get_example.py", url("/get"));
        assertEquals("Status: 200", ours.lines().findFirst().orElseThrow());
        assertEquals(book.lines().findFirst().orElseThrow(), ours.lines().findFirst().orElseThrow());
        assertEquals(headerNames(book), headerNames(ours));
        assertTrue(headerNames(ours).contains("Content-Type Content-Length"), ours);
    }

    /** Python's repr of getheaders(), to the letter, but for the Date, which may tick between the two requests. */
    @Test
    void theHeaderLineIsTheBooksToTheLetter() throws Exception {
        for (String path : new String[] {"/robots.txt", "/status/418", "/deny"}) {
            String ours = tool(0, "get", url(path)).replaceAll("\\('Date', '[^']*'\\)", "('Date', '')");
            String book = python("get_example.py", url(path)).replaceAll("\\('Date', '[^']*'\\)", "('Date', '')");
            assertEquals(book, ours, path);
        }
    }

    @Test
    void basicAuthenticationAndAbsoluteRedirects() {
        assertTrue(tool(0, "get", url("/basic-auth/user/passwd")).startsWith("Status: 401\n"));
        assertTrue(tool(0, "get", "-u", "user:passwd", url("/basic-auth/user/passwd")).startsWith("Status: 200\n"));
        assertTrue(tool(0, "get", "-L", url("/absolute-redirect/3")).startsWith("Status: 200\n"));
    }

    @Test
    void postEchoesTheJsonLikeTheBooksScript() throws Exception {
        String ours = tool(0, "post", url("/post"), "--json", "{\"text\": \"Hello World\"}");
        String book = python("post_example.py", url("/post"));
        String expected = "\"json\":{\"text\":\"HelloWorld\"}";
        assertTrue(ours.replaceAll("\\s", "").contains(expected), ours);
        assertTrue(book.replaceAll("\\s", "").contains(expected), book);
    }

    @Test
    void statusRedirectsAndHeaders() {
        assertTrue(tool(0, "get", url("/status/418")).startsWith("Status: 418\n"));
        tool(22, "get", "--fail", url("/status/418"));
        assertTrue(tool(0, "get", "-L", url("/redirect/3")).startsWith("Status: 200\n"));
        assertTrue(tool(0, "get", "-i", "-H", "X-Netbasics: interop", url("/headers")).replaceAll("\\s", "")
                .contains("\"X-Netbasics\":\"interop\""));
        tool(ExitCode.TIMEOUT, "get", "--timeout", "0.5", url("/delay/3"));
    }

    @Test
    void connectLikeMakeConnection() throws Exception {
        assertTrue(python("make_connection.py", url("/")).startsWith("<http.client.HTTPConnection object at "));
        assertTrue(tool(0, "connect", url("/")).startsWith("Connected to 127.0.0.1 (127.0.0.1) port " + port + "\n"));
    }
}
