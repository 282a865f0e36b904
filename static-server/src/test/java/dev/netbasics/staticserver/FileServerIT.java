package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged server over HTTP: files, listings, conditional requests, ranges, keep-alive, errors, options. */
class FileServerIT {

    @TempDir
    Path root;

    private ServerProcess server;
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
        server = ServerProcess.serve(root);
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

    /** The JDK's "Address already in use" alone would not say which of a user's servers is in the way. */
    @Test
    void aPortInUseIsNamedInTheError() {
        PackagedTool.Result result =
                PackagedTool.of("-b", "127.0.0.1", "-d", root.toString(), String.valueOf(server.port)).run();
        assertEquals(1, result.status());
        assertEquals("Error: cannot listen on 127.0.0.1 port " + server.port + ": Address already in use\n",
                result.err());
    }

    @Test
    void largeFilesArriveWhole() throws Exception {
        assertArrayEquals(big, get("/big.bin").body());
    }

    @Test
    void headHasTheSameHeadersAndNoBody() throws Exception {
        RawResponse get = server.exchange("GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "HEAD /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            InputStream in = socket.getInputStream();
            RawResponse head = RawResponse.read(in, true);
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
        RawResponse response = server.exchange("GET /site?a=1&b=2 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(301, response.status());
        assertEquals("/site/?a=1&b=2", response.header("location"));
        assertEquals("0", response.header("content-length"));
    }

    @Test
    void protocolRelativeRedirectIsImpossible() throws Exception {
        Files.createDirectories(root.resolve("evil.example"));
        RawResponse response = server.exchange("GET //evil.example HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(301, response.status());
        assertEquals("/evil.example/", response.header("location"));
    }

    @Test
    void otherMethodsAre501WithAllowAndPythonsErrorPage() throws Exception {
        RawResponse response = server.exchange("POST /hello.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
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
        RawResponse response = server.exchange("GET /nope.txt HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(404, response.status());
        assertTrue(response.text().contains("<p>Message: File not found.</p>"));
    }

    @Test
    void aFileAskedForAsADirectoryIs404() throws Exception {
        assertEquals(404, server.exchange("GET /hello.txt/ HTTP/1.1\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void logsInPythonsFormat() throws Exception {
        get("/hello.txt");
        get("/missing");
        String log = server.logContaining("\"GET /missing HTTP/1.1\" 404 -");
        assertTrue(log.matches("(?s)127\\.0\\.0\\.1 - - \\[\\d\\d/[A-Z][a-z]{2}/\\d{4} \\d\\d:\\d\\d:\\d\\d] "
                + "\"GET /hello\\.txt HTTP/1\\.1\" 200 -\n.*"), log);
        assertTrue(log.contains("] code 404, message File not found\n"), log);
        assertTrue(log.contains("] \"GET /missing HTTP/1.1\" 404 -\n"), log);
    }

    @Test
    void controlCharactersInTheLogAreEscaped() throws Exception {
        server.exchange("GET /\u001b[31mred HTTP/1.1\r\nHost: x\r\n\r\n");
        // The request's own log line comes last, after the error line.
        String log = server.logContaining("\\x1b[31mred HTTP/1.1\" 400 -");
        assertTrue(log.contains("\\x1b[31mred HTTP/1.1\" 400 -"), log);
        assertFalse(log.contains("\u001b"), log);
    }

    /** RFC 9110, 13.1.2: weak comparison, any tag of the list, and "*" for any current representation. */
    @ParameterizedTest
    @ValueSource(strings = {"ETAG", "\"other\", ETAG", "W/ETAG", "*"})
    void ifNoneMatchGives304WithoutABody(String condition) throws Exception {
        String etag = get("/hello.txt").headers().firstValue("etag").orElseThrow();
        HttpResponse<byte[]> response = get("/hello.txt", "If-None-Match", condition.replace("ETAG", etag));
        assertEquals(304, response.statusCode());
        assertEquals(0, response.body().length);
    }

    /** RFC 9110, 5.6.7: all three date forms; 304 unless modified after the date; an invalid date is ignored. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Tue, 02 Jan 2024 03:04:05 GMT|304", "Tuesday, 02-Jan-24 03:04:05 GMT|304",
        "Tue Jan  2 03:04:05 2024|304", "Tue, 02 Jan 2024 03:04:04 GMT|200", "not a date|200"})
    void ifModifiedSinceGives304UnlessModified(String date, int status) throws Exception {
        assertEquals(status, get("/hello.txt", "If-Modified-Since", date).statusCode());
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws Exception {
        assertEquals(200, get("/hello.txt", "If-None-Match", "\"stale\"",
                "If-Modified-Since", "Wed, 01 Jan 2031 00:00:00 GMT").statusCode());
    }

    /** RFC 9110, 14.1.2: first-last, suffix, open-ended, and a last position past the end. */
    @ParameterizedTest
    @CsvSource({"bytes=100-199, 100, 200", "bytes=-10, 299990, 300000", "bytes=200000-, 200000, 300000",
        "bytes=299999-400000, 299999, 300000"})
    void aSingleRangeIsThoseBytes(String range, int from, int to) throws Exception {
        HttpResponse<byte[]> response = get("/big.bin", "Range", range);
        assertEquals(206, response.statusCode());
        assertEquals("bytes " + from + "-" + (to - 1) + "/300000",
                response.headers().firstValue("content-range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(big, from, to), response.body());
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

    /** RFC 9110, 14.1.1 and 15.5.17: no range satisfiable, 416 with Content-Range: bytes *&#47;size. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/hello.txt|bytes=100-200|14", "/big.bin|bytes=300005-|300000",
        "/big.bin|bytes=300000-|300000", "/big.bin|bytes=-0|300000", "/big.bin|bytes=300000-300010, 400000-, -0|300000",
        "/big.bin|bytes=99999999999999999999-|300000", "/empty.txt|bytes=0-|0", "/empty.txt|bytes=-5|0"})
    void unsatisfiableRangesAre416WithTheSize(String path, String range, String size) throws Exception {
        Files.createFile(root.resolve("empty.txt"));
        HttpResponse<byte[]> response = get(path, "Range", range);
        assertEquals(416, response.statusCode());
        assertEquals("bytes */" + size, response.headers().firstValue("content-range").orElseThrow());
        assertEquals(0, response.body().length);
    }

    @Test
    void aSatisfiableRangeAmongUnsatisfiableOnesIsServed() throws Exception {
        HttpResponse<byte[]> response = get("/big.bin", "Range", "bytes=400000-, -0, 299998-, ,");
        assertEquals(206, response.statusCode());
        assertEquals("bytes 299998-299999/300000", response.headers().firstValue("content-range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(big, 299_998, 300_000), response.body());
    }

    /** RFC 9110, 14.2: an invalid ranges-specifier or an unknown unit is ignored: the whole file. */
    @ParameterizedTest
    @ValueSource(strings = {"bytes=5-1", "items=0-1", "bytes=a-b", "bytes=", "bytes=20-10"})
    void malformedRangesAreIgnored(String range) throws Exception {
        HttpResponse<byte[]> response = get("/hello.txt", "Range", range);
        assertEquals(200, response.statusCode());
        assertEquals(14, response.body().length);
    }

    /** RFC 9110, 13.1.5: the range for the current entity tag or Last-Modified date, else the whole file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ETAG|206|2", "Tue, 02 Jan 2024 03:04:05 GMT|206|2", "\"old\"|200|14",
        "W/ETAG|200|14", "Tue, 02 Jan 2024 03:04:06 GMT|200|14"})
    void ifRangeServesTheRangeOnlyForTheCurrentVersion(String ifRange, int status, int length) throws Exception {
        String etag = get("/hello.txt").headers().firstValue("etag").orElseThrow();
        HttpResponse<byte[]> response = get("/hello.txt", "Range", "bytes=0-1", "If-Range", ifRange.replace("ETAG", etag));
        assertEquals(status, response.statusCode());
        assertEquals(length, response.body().length);
    }

    @Test
    void keepAliveCarriesOneRequestAfterAnother() throws Exception {
        try (Socket socket = server.connect()) {
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                ServerProcess.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
                RawResponse response = RawResponse.read(in, false);
                assertEquals(200, response.status());
                assertNull(response.header("connection"));
            }
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderUntilTheOneThatCloses() throws Exception {
        try (Socket socket = server.connect()) {
            InputStream in = socket.getInputStream();
            ServerProcess.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /big.bin HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /site/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals("Hello, world!\n", RawResponse.read(in, false).text());
            assertEquals("300000", RawResponse.read(in, true).header("content-length"));
            RawResponse last = RawResponse.read(in, false);
            assertEquals("<h1>site</h1>\n", last.text());
            assertEquals("close", last.header("connection"));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void pipelinedLargeAnswersComeWholeAndInOrder() throws Exception {
        try (Socket socket = server.connect()) {
            StringBuilder requests = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                requests.append("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\nGET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            }
            ServerProcess.write(socket.getOutputStream(), requests + "GET /big.bin HTTP/1.1\r\nHost: x\r\n"
                    + "Range: bytes=0-9,299990-\r\nConnection: close\r\n\r\n");
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(big, RawResponse.read(in, false).body());
                assertEquals("Hello, world!\n", RawResponse.read(in, false).text());
            }
            RawResponse parts = RawResponse.read(in, false);
            assertEquals(206, parts.status());
            assertTrue(parts.header("content-type").startsWith("multipart/byteranges"), parts.header("content-type"));
            assertEquals(Integer.parseInt(parts.header("content-length")), parts.body().length);
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aRequestSentByteByByteIsAnswered() throws Exception {
        try (Socket socket = server.connect()) {
            for (byte b : "GET /hello.txt HTTP/1.1\r\nHost: x\r\nX-Long: abcdefghij\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)) {
                socket.getOutputStream().write(b);
                socket.getOutputStream().flush();
                Thread.sleep(2);
            }
            assertEquals("Hello, world!\n", RawResponse.read(socket.getInputStream(), false).text());
        }
    }

    @Test
    void http10ClientsGetOneRequestPerConnection() throws Exception {
        RawResponse plain = server.exchange("GET /hello.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", plain.statusLine());
        assertEquals("close", plain.header("connection"));
    }

    @Test
    void http10ClientsAskingForKeepAliveGetIt() throws Exception {
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertEquals("keep-alive", RawResponse.read(socket.getInputStream(), false).header("connection"));
        }
    }

    @Test
    void http10ProtocolClosesEveryConnection() throws Exception {
        try (ServerProcess old = ServerProcess.serve(root, "--protocol", "HTTP/1.0", "-q")) {
            RawResponse response = old.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("HTTP/1.0 200 OK", response.statusLine());
            assertEquals("close", response.header("connection"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"GARBAGE\\r\\n\\r\\n|400|Bad request syntax ('GARBAGE')",
        "GET /hello.txt HTTP/x.y\\r\\n\\r\\n|400|Bad request version ('HTTP/x.y')",
        "GET /hello.txt HTTP/1.1\\r\\nBad Header\\r\\n\\r\\n|400|Bad header line ('Bad Header')",
        "GET /hello.txt HTTP/1.1\\r\\n folded: x\\r\\n\\r\\n|400|Obsolete line folding is unacceptable",
        "GET /hello.txt HTTP/2.0\\r\\n\\r\\n|505|Invalid HTTP version (2.0)",
        "GET / HTTP/3.0\\r\\n\\r\\n|505|Invalid HTTP version (3.0)"})
    void malformedRequestsGetPythonsErrorPages(String request, int status, String message) throws Exception {
        RawResponse response = server.exchange(request.replace("\\r\\n", "\r\n"));
        assertEquals(status, response.status());
        assertTrue(response.text().contains("<p>Message: " + message + ".</p>"),
                response.text());
    }

    /**
     * RFC 9112, 3.2.1: a target in origin form starts with '/'. Python serves {@code GET site?hi=1} (a 301 to
     * the relative {@code site/?hi=1}); this answers 400, as nginx does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"hello.txt", "site", "site?hi=1", "site/"})
    void targetWithoutLeadingSlashIs400(String target) throws Exception {
        RawResponse response = server.exchange("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(400, response.status());
        assertTrue(response.text().contains("Bad request syntax ('GET " + target + " HTTP/1.1')"), response.text());
        assertNull(response.header("location"));
    }

    @Test
    void overlongRequestLineIs414() throws Exception {
        assertEquals(414, server.exchange("GET /" + "a".repeat(9000) + " HTTP/1.1\r\n\r\n").status());
    }

    @Test
    void tooManyHeadersAre431() throws Exception {
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 101; i++) {
            many.append("X-").append(i).append(": y\r\n");
        }
        assertEquals(431, server.exchange(many.append("\r\n").toString()).status());
    }

    @Test
    void headersTooLargeAre431() throws Exception {
        assertEquals(431, server.exchange("GET / HTTP/1.1\r\nX: " + "y".repeat(70_000) + "\r\n\r\n").status());
    }

    /**
     * RFC 9112, 9.6: an error answered before the request has been read whole reaches every client whole, and
     * the connection ends cleanly, not with a reset, however much of the request is still on its way.
     */
    @Test
    void everyOversizedRequestLineGetsTheWhole414AndACleanEnd() throws Exception {
        String line = "GET /" + "a".repeat(20_000 - "GET / HTTP/1.1".length()) + " HTTP/1.1";
        assertEquals(20_000, line.length());
        byte[] request = (line + "\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        int clients = 200;
        CountDownLatch ready = new CountDownLatch(clients);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                outcomes.add(pool.submit(() -> {
                    try (Socket socket = server.connect()) {
                        ready.countDown();
                        ready.await();
                        socket.getOutputStream().write(request);
                        return wholeAnswerThenCleanEnd(socket, 414);
                    } catch (IOException e) {
                        return e.toString();
                    }
                }));
            }
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            if (!outcome.get().isEmpty()) {
                failures.add(outcome.get());
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The heads before 300,000 more bytes: a bad request line, a bad header, 150 headers, a header too long. */
    @ParameterizedTest
    @CsvSource({"GARBAGE\\r\\n, 400", "GET /hello.txt HTTP/1.1\\r\\nBad Header\\r\\n, 400",
        "GET / HTTP/1.1\\r\\nMANY, 431", "GET / HTTP/1.1\\r\\nX: , 431"})
    void malformedOrOversizedHeadsFollowedByMoreBytesGetTheirWholeAnswer(String head, int status) throws Exception {
        String many = "X-1: y\r\n".repeat(150);
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), head.replace("\\r\\n", "\r\n").replace("MANY", many)
                    + "x".repeat(300_000));
            assertEquals("", wholeAnswerThenCleanEnd(socket, status));
        }
    }

    /** Empty when the socket yields one whole response with this status and then a clean end of stream. */
    private static String wholeAnswerThenCleanEnd(Socket socket, int status) {
        try {
            InputStream in = socket.getInputStream();
            RawResponse response = RawResponse.read(in, false);
            if (response == null || response.status() != status) {
                return "answer: " + (response == null ? "none" : response.statusLine());
            }
            if (response.body().length != Integer.parseInt(response.header("content-length"))) {
                return "a body of " + response.body().length + " bytes, not " + response.header("content-length");
            }
            return in.read() == -1 ? "" : "more after the response";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void slowClientsTimeOutWithoutBlockingOthers() throws Exception {
        try (ServerProcess quick = ServerProcess.serve(root, "--timeout", "1", "-q"); Socket slow = quick.connect()) {
            ServerProcess.write(slow.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n");
            assertEquals(200, quick.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n").status());
            RawResponse timedOut = RawResponse.read(slow.getInputStream(), false);
            assertNotNull(timedOut);
            assertEquals(408, timedOut.status());
            assertEquals(-1, slow.getInputStream().read());
        }
    }

    /** Slowloris: a head must be whole within --timeout of its first byte, however steadily it trickles in. */
    @Test
    void aTricklingHeadTimesOutFromItsFirstByte() throws Exception {
        try (ServerProcess quick = ServerProcess.serve(root, "--timeout", "2", "-q"); Socket slow = quick.connect()) {
            long start = System.nanoTime();
            ServerProcess.write(slow.getOutputStream(), "GET /hello.txt HTTP/1.1\r\n");
            for (int i = 0; i < 40 && slow.getInputStream().available() == 0; i++) {
                Thread.sleep(250);
                ServerProcess.write(slow.getOutputStream(), "X-" + i + ": y\r\n");
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertEquals(408, RawResponse.read(slow.getInputStream(), false).status());
            assertTrue(seconds < 5, "the 408 came after " + seconds + " s");
        }
    }

    /**
     * A client that stops reading its answer is let go after --timeout without progress. With one connection
     * allowed, the next client is served only once the stalled one is gone: that is the event waited for.
     */
    @Test
    void aClientThatStopsReadingIsLetGo() throws Exception {
        byte[] large = new byte[64 * 1024 * 1024];
        Files.write(root.resolve("large.bin"), large);
        try (ServerProcess quick = ServerProcess.serve(root, "--timeout", "1", "--max-connections", "1", "-q");
                Socket stalled = quick.connect()) {
            ServerProcess.write(stalled.getOutputStream(), "GET /large.bin HTTP/1.1\r\nHost: x\r\n\r\n");
            long start = System.nanoTime();
            assertEquals(200, quick.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n").status());
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds < 10, "the stalled client was let go after " + seconds + " s");
            long received = 0;
            try {
                for (int n; (n = stalled.getInputStream().read(new byte[65536])) >= 0; ) {
                    received += n;
                }
            } catch (IOException reset) {
                // closed with unsent data: a reset is what a stalled client gets
            }
            assertTrue(received < large.length, "the whole answer came to a client that did not read: " + received);
        }
    }

    /** Over --max-connections, a connection waits in the listen queue until one in service ends. */
    @Test
    void connectionsOverTheLimitWaitTheirTurn() throws Exception {
        try (ServerProcess limited = ServerProcess.serve(root, "--max-connections", "2", "-q");
                Socket first = limited.connect(); Socket second = limited.connect()) {
            for (Socket socket : new Socket[] {first, second}) {
                ServerProcess.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(200, RawResponse.read(socket.getInputStream(), false).status());
            }
            try (Socket third = limited.connect()) {
                ServerProcess.write(third.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
                third.setSoTimeout(1_000);
                assertThrows(SocketTimeoutException.class, () -> third.getInputStream().read());
                first.close();
                third.setSoTimeout(10_000);
                assertEquals("Hello, world!\n", RawResponse.read(third.getInputStream(), false).text());
            }
        }
    }

    @Test
    void corsAddsTheHeader() throws Exception {
        try (ServerProcess cors = ServerProcess.serve(root, "--cors", "-q")) {
            assertEquals("*", cors.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n")
                    .header("access-control-allow-origin"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hello.txt", "*"})
    void corsAnswersPreflights(String target) throws Exception {
        try (ServerProcess cors = ServerProcess.serve(root, "--cors", "-q")) {
            RawResponse preflight = cors.exchange("OPTIONS " + target + " HTTP/1.1\r\nHost: x\r\n"
                    + "Origin: http://a.example\r\nAccess-Control-Request-Method: GET\r\n\r\n");
            assertEquals(204, preflight.status());
            assertEquals("GET, HEAD, OPTIONS", preflight.header("access-control-allow-methods"));
        }
    }

    @Test
    void optionsWithoutCorsIs501() throws Exception {
        assertEquals(501, server.exchange("OPTIONS /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void noListingAnswers404ForADirectoryWithoutIndex() throws Exception {
        try (ServerProcess strict = ServerProcess.serve(root, "--no-listing", "-q")) {
            assertEquals(404, strict.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").status());
        }
    }

    @Test
    void noListingStillServesIndexFiles() throws Exception {
        try (ServerProcess strict = ServerProcess.serve(root, "--no-listing", "-q")) {
            assertEquals(200, strict.exchange("GET /site/ HTTP/1.1\r\nHost: x\r\n\r\n").status());
        }
    }

    @Test
    void hiddenDotfilesAreNotServed() throws Exception {
        try (ServerProcess hiding = ServerProcess.serve(root, "--hide-dotfiles", "-q")) {
            assertEquals(404, hiding.exchange("GET /.secret HTTP/1.1\r\nHost: x\r\n\r\n").status());
        }
    }

    @Test
    void hiddenDotfilesAreNotListed() throws Exception {
        try (ServerProcess hiding = ServerProcess.serve(root, "--hide-dotfiles", "-q")) {
            String listing = hiding.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").text();
            assertTrue(listing.contains("hello.txt"), listing);
            assertFalse(listing.contains(".secret"), listing);
        }
    }

    @Test
    void bannerIsPythons() {
        assertEquals("Serving HTTP on 127.0.0.1 port " + server.port + " (http://127.0.0.1:" + server.port + "/) ...",
                server.banner);
    }

    /**
     * Quiet mode logs the 404's error line; the 200 answered before it would have been logged before it, so
     * its absence once the error line is there proves it is not logged.
     */
    @Test
    void quietLogsOnlyErrors() throws Exception {
        try (ServerProcess quiet = ServerProcess.serve(root, "-q")) {
            quiet.exchange("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            quiet.exchange("GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
            String log = quiet.logContaining("code 404, message File not found");
            assertTrue(log.contains("code 404, message File not found"), log);
            assertFalse(log.contains("/hello.txt"), log);
        }
    }

}
