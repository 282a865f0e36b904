package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileServerTest {

    @TempDir
    Path root;

    private RunningServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private byte[] big;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(root.resolve("hello.txt"), "Hello, world!\n");
        big = new byte[300_000];
        new Random(7).nextBytes(big);
        Files.write(root.resolve("big.bin"), big);
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "<h1>site</h1>\n");
        Files.createDirectories(root.resolve("Docs"));
        Files.writeString(root.resolve("a&b <c>.txt"), "x");
        Files.writeString(root.resolve(".secret"), "dot");
        Files.setLastModifiedTime(root.resolve("hello.txt"), FileTime.from(Instant.parse("2024-01-02T03:04:05Z")));
        server = RunningServer.of(root);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesAFileWithItsHeaders() throws Exception {
        HttpResponse<byte[]> response = get("/hello.txt");
        assertEquals(200, response.statusCode());
        assertEquals("Hello, world!\n", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("content-type").orElseThrow());
        assertEquals("14", response.headers().firstValue("content-length").orElseThrow());
        assertEquals("Tue, 02 Jan 2024 03:04:05 GMT", response.headers().firstValue("last-modified").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("accept-ranges").orElseThrow());
        assertTrue(response.headers().firstValue("etag").orElseThrow().matches("\"[0-9a-f]+-e\""));
        assertTrue(response.headers().firstValue("date").orElseThrow().endsWith(" GMT"));
    }

    @Test
    void largeFilesArriveWhole() throws Exception {
        assertArrayEquals(big, get("/big.bin").body());
    }

    @Test
    void headHasTheSameHeadersAndNoBody() throws Exception {
        RunningServer.Response get = server.exchange("GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        try (Socket socket = server.connect()) {
            RunningServer.write(socket.getOutputStream(), "HEAD /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            InputStream in = socket.getInputStream();
            RunningServer.Response head = RunningServer.Response.read(in, true);
            assertEquals(200, head.status());
            assertEquals(get.header("content-length"), head.header("content-length"));
            assertEquals(get.header("etag"), head.header("etag"));
            assertEquals(get.header("content-type"), head.header("content-type"));
            assertEquals(-1, in.read(), "no body after a HEAD response");
        }
    }

    @Test
    void listsDirectoriesLikePython() throws Exception {
        HttpResponse<byte[]> response = get("/");
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("content-type").orElseThrow());
        assertEquals("""
                <!DOCTYPE HTML>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Directory listing for /</title>
                </head>
                <body>
                <h1>Directory listing for /</h1>
                <hr>
                <ul>
                <li><a href=".secret">.secret</a></li>
                <li><a href="a%26b%20%3Cc%3E.txt">a&amp;b &lt;c&gt;.txt</a></li>
                <li><a href="big.bin">big.bin</a></li>
                <li><a href="Docs/">Docs/</a></li>
                <li><a href="hello.txt">hello.txt</a></li>
                <li><a href="site/">site/</a></li>
                </ul>
                <hr>
                </body>
                </html>
                """, new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void listingTitleIsTheEscapedDecodedPath() throws Exception {
        Files.createDirectories(root.resolve("x <y>"));
        String page = new String(get("/x%20%3Cy%3E/").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<title>Directory listing for /x &lt;y&gt;/</title>"), page);
    }

    @Test
    void indexFileIsServedForItsDirectory() throws Exception {
        assertEquals("<h1>site</h1>\n", new String(get("/site/").body(), StandardCharsets.UTF_8));
    }

    @Test
    void directoryWithoutSlashRedirectsKeepingTheQuery() throws Exception {
        RunningServer.Response response = server.exchange("GET /site?a=1&b=2 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(301, response.status());
        assertEquals("/site/?a=1&b=2", response.header("location"));
        assertEquals("0", response.header("content-length"));
    }

    @Test
    void protocolRelativeRedirectIsImpossible() throws Exception {
        Files.createDirectories(root.resolve("evil.example"));
        RunningServer.Response response = server.exchange("GET //evil.example HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(301, response.status());
        assertEquals("/evil.example/", response.header("location"));
    }

    @Test
    void otherMethodsAre501WithAllowAndPythonsErrorPage() throws Exception {
        RunningServer.Response response = server.exchange("POST /hello.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        assertEquals(501, response.status());
        assertEquals("GET, HEAD", response.header("allow"));
        assertEquals("close", response.header("connection"));
        assertEquals("text/html;charset=utf-8", response.header("content-type"));
        assertEquals("""
                <!DOCTYPE HTML>
                <html lang="en">
                    <head>
                        <meta charset="utf-8">
                        <title>Error response</title>
                    </head>
                    <body>
                        <h1>Error response</h1>
                        <p>Error code: 501</p>
                        <p>Message: Unsupported method ('POST').</p>
                        <p>Error code explanation: 501 - Server does not support this operation.</p>
                    </body>
                </html>
                """, response.text());
        assertEquals(response.body().length, Integer.parseInt(response.header("content-length")));
    }

    @Test
    void missingFileIs404() throws Exception {
        RunningServer.Response response = server.exchange("GET /nope.txt HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(404, response.status());
        assertTrue(response.text().contains("<p>Message: File not found.</p>"));
        assertEquals(404, server.exchange("GET /hello.txt/ HTTP/1.1\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void logsInPythonsFormat() throws Exception {
        get("/hello.txt");
        get("/missing");
        String log = server.log();
        assertTrue(log.matches("(?s)127\\.0\\.0\\.1 - - \\[\\d\\d/[A-Z][a-z]{2}/\\d{4} \\d\\d:\\d\\d:\\d\\d] "
                + "\"GET /hello\\.txt HTTP/1\\.1\" 200 -\n.*"), log);
        assertTrue(log.contains("] code 404, message File not found\n"), log);
        assertTrue(log.contains("] \"GET /missing HTTP/1.1\" 404 -\n"), log);
    }

    @Test
    void controlCharactersInTheLogAreEscaped() throws Exception {
        server.exchange("GET /\u001b[31mred HTTP/1.1\r\nHost: x\r\n\r\n");
        String log = server.log();
        assertFalse(log.contains("\u001b"), log);
        assertTrue(log.contains("\\x1b[31mred"), log);
    }

    @Test
    void ifNoneMatchGives304() throws Exception {
        String etag = get("/hello.txt").headers().firstValue("etag").orElseThrow();
        HttpResponse<byte[]> response = get("/hello.txt", "If-None-Match", "\"other\", " + etag);
        assertEquals(304, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals(304, get("/hello.txt", "If-None-Match", "W/" + etag).statusCode());
        assertEquals(304, get("/hello.txt", "If-None-Match", "*").statusCode());
    }

    @Test
    void ifModifiedSinceGives304UnlessModified() throws Exception {
        assertEquals(304, get("/hello.txt", "If-Modified-Since", "Tue, 02 Jan 2024 03:04:05 GMT").statusCode());
        assertEquals(304, get("/hello.txt", "If-Modified-Since", "Tuesday, 02-Jan-24 03:04:05 GMT").statusCode());
        assertEquals(304, get("/hello.txt", "If-Modified-Since", "Tue Jan  2 03:04:05 2024").statusCode());
        assertEquals(200, get("/hello.txt", "If-Modified-Since", "Tue, 02 Jan 2024 03:04:04 GMT").statusCode());
        assertEquals(200, get("/hello.txt", "If-Modified-Since", "not a date").statusCode());
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws Exception {
        assertEquals(200, get("/hello.txt", "If-None-Match", "\"stale\"",
                "If-Modified-Since", "Wed, 01 Jan 2031 00:00:00 GMT").statusCode());
    }

    @Test
    void singleRanges() throws Exception {
        HttpResponse<byte[]> range = get("/big.bin", "Range", "bytes=100-199");
        assertEquals(206, range.statusCode());
        assertEquals("bytes 100-199/300000", range.headers().firstValue("content-range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(big, 100, 200), range.body());
        HttpResponse<byte[]> suffix = get("/big.bin", "Range", "bytes=-10");
        assertEquals("bytes 299990-299999/300000", suffix.headers().firstValue("content-range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(big, 299_990, 300_000), suffix.body());
        HttpResponse<byte[]> open = get("/big.bin", "Range", "bytes=200000-");
        assertArrayEquals(java.util.Arrays.copyOfRange(big, 200_000, 300_000), open.body());
        HttpResponse<byte[]> beyond = get("/big.bin", "Range", "bytes=299999-400000");
        assertEquals("bytes 299999-299999/300000", beyond.headers().firstValue("content-range").orElseThrow());
    }

    @Test
    void multipleRangesAreMultipart() throws Exception {
        HttpResponse<byte[]> response = get("/hello.txt", "Range", "bytes=0-4,7-11");
        assertEquals(206, response.statusCode());
        String type = response.headers().firstValue("content-type").orElseThrow();
        assertTrue(type.startsWith("multipart/byteranges; boundary="), type);
        String boundary = type.substring(type.indexOf('=') + 1);
        assertEquals("--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 0-4/14\r\n\r\n"
                + "Hello\r\n--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 7-11/14"
                + "\r\n\r\nworld\r\n--" + boundary + "--\r\n", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(response.body().length,
                Integer.parseInt(response.headers().firstValue("content-length").orElseThrow()));
    }

    @Test
    void overlappingRangesAreMerged() throws Exception {
        HttpResponse<byte[]> response = get("/hello.txt", "Range", "bytes=0-3,2-5");
        assertEquals("bytes 0-5/14", response.headers().firstValue("content-range").orElseThrow());
        assertEquals("Hello,", new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void unsatisfiableRangeIs416() throws Exception {
        HttpResponse<byte[]> response = get("/hello.txt", "Range", "bytes=100-200");
        assertEquals(416, response.statusCode());
        assertEquals("bytes */14", response.headers().firstValue("content-range").orElseThrow());
    }

    @Test
    void malformedRangesAreIgnored() throws Exception {
        assertEquals(200, get("/hello.txt", "Range", "bytes=5-1").statusCode());
        assertEquals(200, get("/hello.txt", "Range", "items=0-1").statusCode());
        assertEquals(200, get("/hello.txt", "Range", "bytes=a-b").statusCode());
    }

    @Test
    void ifRangeServesTheRangeOnlyForTheCurrentVersion() throws Exception {
        String etag = get("/hello.txt").headers().firstValue("etag").orElseThrow();
        assertEquals(206, get("/hello.txt", "Range", "bytes=0-1", "If-Range", etag).statusCode());
        assertEquals(206, get("/hello.txt", "Range", "bytes=0-1", "If-Range", "Tue, 02 Jan 2024 03:04:05 GMT")
                .statusCode());
        HttpResponse<byte[]> stale = get("/hello.txt", "Range", "bytes=0-1", "If-Range", "\"old\"");
        assertEquals(200, stale.statusCode());
        assertEquals(14, stale.body().length);
    }

    @Test
    void keepAliveCarriesSeveralRequestsAndPipelining() throws Exception {
        try (Socket socket = server.connect()) {
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                RunningServer.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
                RunningServer.Response response = RunningServer.Response.read(in, false);
                assertEquals(200, response.status());
                assertNull(response.header("connection"));
            }
            RunningServer.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /big.bin HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /site/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals("Hello, world!\n", RunningServer.Response.read(in, false).text());
            assertEquals("300000", RunningServer.Response.read(in, true).header("content-length"));
            RunningServer.Response last = RunningServer.Response.read(in, false);
            assertEquals("<h1>site</h1>\n", last.text());
            assertEquals("close", last.header("connection"));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void http10ClientsGetOneRequestPerConnectionUnlessTheyAskForMore() throws Exception {
        RunningServer.Response plain = server.exchange("GET /hello.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", plain.statusLine());
        assertEquals("close", plain.header("connection"));
        try (Socket socket = server.connect()) {
            RunningServer.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertEquals("keep-alive", RunningServer.Response.read(socket.getInputStream(), false).header("connection"));
        }
    }

    @Test
    void http10ProtocolClosesEveryConnection() throws Exception {
        try (RunningServer old = new RunningServer(root, ServerConfig.HTTP_1_0, false, true, true, false,
                Duration.ofSeconds(30))) {
            RunningServer.Response response = old.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("HTTP/1.0 200 OK", response.statusLine());
            assertEquals("close", response.header("connection"));
        }
    }

    @Test
    void malformedRequestsGetPythonsErrors() throws Exception {
        assertEquals(400, server.exchange("GARBAGE\r\n\r\n").status());
        assertEquals(400, server.exchange("GET /hello.txt HTTP/x.y\r\n\r\n").status());
        assertEquals(400, server.exchange("GET hello.txt HTTP/1.1\r\n\r\n").status());
        assertEquals(400, server.exchange("GET /hello.txt HTTP/1.1\r\nBad Header\r\n\r\n").status());
        assertEquals(400, server.exchange("GET /hello.txt HTTP/1.1\r\n folded: x\r\n\r\n").status());
        RunningServer.Response http2 = server.exchange("GET /hello.txt HTTP/2.0\r\n\r\n");
        assertEquals(505, http2.status());
        assertTrue(http2.text().contains("Invalid HTTP version (2.0)"), http2.text());
        assertEquals(505, server.exchange("GET / HTTP/3.0\r\n\r\n").status());
    }

    @Test
    void overlongRequestLineIs414() throws Exception {
        assertEquals(414, server.exchange("GET /" + "a".repeat(9000) + " HTTP/1.1\r\n\r\n").status());
    }

    @Test
    void tooManyOrTooLargeHeadersAre431() throws Exception {
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 101; i++) {
            many.append("X-").append(i).append(": y\r\n");
        }
        assertEquals(431, server.exchange(many.append("\r\n").toString()).status());
        assertEquals(431, server.exchange("GET / HTTP/1.1\r\nX: " + "y".repeat(70_000) + "\r\n\r\n").status());
    }

    @Test
    void slowClientsTimeOutWithoutBlockingOthers() throws Exception {
        try (RunningServer quick = new RunningServer(root, ServerConfig.HTTP_1_1, false, true, true, false,
                Duration.ofSeconds(1)); Socket slow = quick.connect()) {
            RunningServer.write(slow.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n");
            assertEquals(200, quick.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n").status());
            RunningServer.Response timedOut = RunningServer.Response.read(slow.getInputStream(), false);
            assertNotNull(timedOut);
            assertEquals(408, timedOut.status());
            assertEquals(-1, slow.getInputStream().read());
        }
    }

    @Test
    void corsAddsTheHeaderAndAnswersPreflights() throws Exception {
        try (RunningServer cors = new RunningServer(root, ServerConfig.HTTP_1_1, true, true, true, false,
                Duration.ofSeconds(30))) {
            assertEquals("*", cors.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n")
                    .header("access-control-allow-origin"));
            RunningServer.Response preflight = cors.exchange("OPTIONS /hello.txt HTTP/1.1\r\nHost: x\r\n"
                    + "Origin: http://a.example\r\nAccess-Control-Request-Method: GET\r\n\r\n");
            assertEquals(204, preflight.status());
            assertEquals("GET, HEAD, OPTIONS", preflight.header("access-control-allow-methods"));
        }
        assertEquals(501, server.exchange("OPTIONS /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void noListingAndHiddenDotfiles() throws Exception {
        try (RunningServer strict = new RunningServer(root, ServerConfig.HTTP_1_1, false, false, true, true,
                Duration.ofSeconds(30))) {
            assertEquals(404, strict.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").status());
            assertEquals(200, strict.exchange("GET /site/ HTTP/1.1\r\nHost: x\r\n\r\n").status());
            assertEquals(404, strict.exchange("GET /.secret HTTP/1.1\r\nHost: x\r\n\r\n").status());
        }
        try (RunningServer hiding = new RunningServer(root, ServerConfig.HTTP_1_1, false, true, true, true,
                Duration.ofSeconds(30))) {
            assertFalse(hiding.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").text().contains(".secret"));
        }
    }

    @Test
    void bannerIsPythons() throws Exception {
        assertEquals("Serving HTTP on 127.0.0.1 port " + server.port + " (http://127.0.0.1:" + server.port + "/) ...",
                server.out.toString().strip());
        assertEquals("Serving HTTP on 0.0.0.0 port 9000 (http://0.0.0.0:9000/) ...",
                FileServer.banner(null, new java.net.InetSocketAddress(9000)));
        assertEquals("Serving HTTP on ::1 port 80 (http://[::1]:80/) ...", FileServer.banner(
                java.net.InetAddress.getByName("::1"), new java.net.InetSocketAddress("::1", 80)));
    }

    @Test
    void quietLogsOnlyErrors() throws Exception {
        try (RunningServer quiet = new RunningServer(root, ServerConfig.HTTP_1_1, false, true, true, false,
                Duration.ofSeconds(30))) {
            quiet.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            quiet.exchange("GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
            String log = quiet.log();
            assertFalse(log.contains("/hello.txt"), log);
            assertTrue(log.contains("code 404, message File not found"), log);
        }
    }

    @Test
    void stopFinishesAndReturns() throws Exception {
        server.close();
        assertTrue(server.server.awaitFinished(Duration.ofSeconds(5)));
    }
}
