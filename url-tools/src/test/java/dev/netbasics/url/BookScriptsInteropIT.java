package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.Prerequisites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's urllib scripts (dist/python) and url-tools against the same peers: Python's own http.server, a
 * file and a data URL. Output must be identical (HTTP Date headers aside: the two requests may straddle a second).
 */
class BookScriptsInteropIT {

    private static final Path SCRIPTS = Path.of("..", "dist", "python");
    private static final Pattern BANNER = Pattern.compile("port (\\d+)");

    @TempDir
    Path directory;

    private Process httpServer;
    private String baseUrl;
    private Path python;

    @BeforeEach
    void startPythonHttpServer() throws IOException, InterruptedException {
        python = PythonInterpreter.find().orElse(null);
        Prerequisites.requirePeer(python != null, "python3");
        Files.write(directory.resolve("page.html"), "<h1>Hello</h1>\n\u00e9\t'\"".getBytes(StandardCharsets.UTF_8));
        httpServer = new ProcessBuilder(python.toString(), "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                "--directory", directory.toString()).redirectErrorStream(true).start();
        BufferedReader banner = new BufferedReader(new InputStreamReader(httpServer.getInputStream(),
                StandardCharsets.UTF_8));
        String line = banner.readLine();
        Matcher port = BANNER.matcher(line == null ? "" : line);
        assertTrue(port.find(), "python3 -m http.server did not start: " + line);
        baseUrl = "http://127.0.0.1:" + port.group(1);
        Thread.ofVirtual().start(() -> drain(banner));
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (httpServer != null) {
            httpServer.destroy();
            httpServer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void readReprMatchesUrlRequestsExample() throws Exception {
        for (String url : List.of(baseUrl + "/page.html", baseUrl + "/", directory.resolve("page.html").toUri()
                .toString(), "data:text/plain;base64,SGk6KQ==", "data:,a%00b%FF")) {
            assertEquals(script("url_requests_example.py", url), ToolRun.run("read", "--repr", url).outText(), url);
        }
    }

    @Test
    void headersMatchUrlResponseHeader() throws Exception {
        for (String url : List.of(baseUrl + "/page.html", baseUrl + "/", "file://" + directory.resolve("page.html"),
                "data:,x")) {
            assertEquals(withoutDate(script("url_response_header.py", url)),
                    withoutDate(ToolRun.run("headers", url).outText()), url);
        }
    }

    /** Header values decoded as Latin-1 and printed as UTF-8, repeated headers, a UTF-16 body, a large body. */
    @Test
    void bothPrintTheSameForWhatOurServerSends() throws Exception {
        Files.write(directory.resolve("large.bin"), largeBody());
        try (TestHttpServer server = TestHttpServer.start()) {
            for (String url : List.of(server.url("/latin1"), server.url("/bytes"))) {
                assertEquals(withoutDate(script("url_response_header.py", url)),
                        withoutDate(ToolRun.run("headers", url).outText()), url);
                assertEquals(script("url_requests_example.py", url), ToolRun.run("read", "--repr", url).outText(), url);
            }
        }
        String large = baseUrl + "/large.bin";
        assertEquals(script("url_requests_example.py", large), ToolRun.run("read", "--repr", large).outText());
    }

    /** 300 KB of every byte value, in runs and alone, as a binary download has them. */
    private static byte[] largeBody() {
        byte[] body = new byte[300_000];
        new Random(13).nextBytes(body);
        for (int i = 0; i < body.length; i += 1000) {
            Arrays.fill(body, i, Math.min(body.length, i + 300), (byte) ('a' + i % 26));
        }
        return body;
    }

    @Test
    void httpErrorsNameTheStatusAsUrllibDoes() throws Exception {
        String url = baseUrl + "/missing";
        ToolRun ours = ToolRun.run("read", url);
        assertEquals(ExitCode.HTTP_ERROR, ours.status());
        Process book = new ProcessBuilder(python.toString(), SCRIPTS.resolve("url_requests_example.py").toString(), url)
                .start();
        List<String> traceback = new String(book.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertEquals("urllib.error.HTTPError: HTTP Error 404: File not found", traceback.get(traceback.size() - 1));
        assertEquals("Error: HTTP Error 404: File not found\n", ours.err());
    }

    private String script(String name, String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python.toString(), SCRIPTS.resolve(name).toString(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), name + " " + url);
        return output;
    }

    private static String withoutDate(String headers) {
        return headers.replaceAll("(?m)^Date: .*$", "Date: (masked)");
    }

    private static void drain(BufferedReader log) {
        try {
            while (log.readLine() != null) {
                // the server's access log is not checked
            }
        } catch (IOException e) {
            // the server was stopped
        }
    }
}
