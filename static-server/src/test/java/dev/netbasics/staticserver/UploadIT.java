package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uploads (issue 25) with real clients (curl -T and -F, Python's http.client) and hostile raw ones: PUT and
 * the listing page's multipart/form-data POST write a file whole or not at all, never replace one without
 * --upload-overwrite, keep GET's path safety, stop at --max-upload with 413, honour Expect: 100-continue
 * (RFC 9110, 10.1.1) and answer 201 with Location (RFC 9110, 9.3.4 and 15.3.2).
 */
class UploadIT {

    private static final String BOUNDARY = "netbasicsTestBoundary";

    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private ServerProcess server;
    private byte[] data;

    @BeforeEach
    void site() throws IOException {
        root = Files.createDirectory(temp.resolve("site"));
        outside = Files.createDirectory(temp.resolve("outside"));
        Files.createDirectory(root.resolve("sub"));
        Files.writeString(root.resolve("existing.txt"), "original\n");
        data = new byte[3_000_000];
        new Random(25).nextBytes(data);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private ServerProcess serve(String... options) throws Exception {
        server = ServerProcess.serve(root, options);
        return server;
    }

    // --- real clients ---

    @Test
    void curlPutsAFileWhole() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        serve("--upload");
        Path source = temp.resolve("upload.bin");
        Files.write(source, data);
        String out = run("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %header{location}", "-T", source.toString(),
                server.url("/sub/new%20file.bin"));
        assertEquals("201 /sub/new%20file.bin", out);
        assertArrayEquals(data, Files.readAllBytes(root.resolve("sub/new file.bin")));
        assertEquals(List.of("new file.bin"), names(root.resolve("sub")), "no temporary file is left");
    }

    @Test
    void curlPutsFromStandardInputChunked() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        serve("--upload");
        Process curl = new ProcessBuilder("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-T", "-",
                server.url("/piped.bin")).start();
        try (OutputStream in = curl.getOutputStream()) {
            in.write(data);
        }
        assertEquals("201", new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
        assertEquals(0, curl.waitFor());
        assertArrayEquals(data, Files.readAllBytes(root.resolve("piped.bin")));
    }

    @Test
    void curlPostsTwoFilesFromAForm() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        serve("--upload");
        Path first = temp.resolve("first.bin");
        Path second = temp.resolve("second é.txt");
        Files.write(first, data);
        Files.writeString(second, "second\r\n--" + BOUNDARY + "\r\n");
        String out = run("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %header{location}",
                "-F", "files=@" + first, "-F", "files=@" + second, "-F", "comment=not a file", server.url("/sub/"));
        assertEquals("201 /sub/first.bin", out);
        assertArrayEquals(data, Files.readAllBytes(root.resolve("sub/first.bin")));
        assertEquals("second\r\n--" + BOUNDARY + "\r\n", Files.readString(root.resolve("sub/second é.txt")));
        assertEquals(List.of("first.bin", "second é.txt"), names(root.resolve("sub")));
    }

    @Test
    void pythonHttpClientPutsAChunkedBody() throws Exception {
        Prerequisites.requireCommand("python3", "python3", "--version");
        serve("--upload");
        String script = """
                import http.client, sys
                connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
                connection.request("PUT", "/py.txt", body=iter([b"first ", b"second ", b"third"]), encode_chunked=True)
                response = connection.getresponse()
                print(response.status, response.getheader("Location"))
                """;
        assertEquals("201 /py.txt\n", run("python3", "-c", script, Integer.toString(server.port)));
        assertEquals("first second third", Files.readString(root.resolve("py.txt")));
    }

    @Test
    void theListingPageShowsTheFormOnlyWithUploadsOn() throws Exception {
        serve("--upload");
        assertTrue(server.exchange("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").text()
                .contains("<form method=\"post\" enctype=\"multipart/form-data\">"));
        server.close();
        serve();
        assertFalse(server.exchange("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").text().contains("<form"));
    }

    @Test
    void theBannerSaysUploadsAreOn() throws Exception {
        serve("--upload", "--max-upload", "1M");
        assertEquals("Uploads are on (PUT, and the form on directory pages): existing files are kept, at most 1048576 "
                + "bytes.", server.nextOutputLine());
    }

    // --- off by default, never replacing ---

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST"})
    void withoutUploadPutAndPostAreNotImplemented(String method) throws Exception {
        serve();
        RawResponse response = server.exchange(method + " /new.txt HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nhello");
        assertEquals(501, response.status());
        assertFalse(Files.exists(root.resolve("new.txt")));
    }

    @Test
    void anExistingFileIsNotReplaced() throws Exception {
        serve("--upload");
        assertEquals(409, put("/existing.txt", "replacement").status());
        assertEquals("original\n", Files.readString(root.resolve("existing.txt")));
        assertEquals(List.of("existing.txt", "sub"), names(root));
    }

    /** RFC 9110, 9.3.4: a PUT that replaces the current representation answers 200 or 204. */
    @Test
    void uploadOverwriteReplacesAnExistingFile() throws Exception {
        serve("--upload-overwrite");
        assertEquals(204, put("/existing.txt", "replacement").status());
        assertEquals("replacement", Files.readString(root.resolve("existing.txt")));
    }

    @Test
    void aFormDoesNotReplaceAnExistingFile() throws Exception {
        serve("--upload");
        RawResponse response = post("/", form("existing.txt", "replacement"));
        assertEquals(409, response.status());
        assertEquals("original\n", Files.readString(root.resolve("existing.txt")));
        assertEquals(List.of("existing.txt", "sub"), names(root));
    }

    @Test
    void aDirectoryIsNotReplaced() throws Exception {
        serve("--upload-overwrite");
        assertEquals(409, put("/sub", "x").status());
        assertTrue(Files.isDirectory(root.resolve("sub")));
    }

    @Test
    void aPutIntoAMissingDirectoryIsAConflict() throws Exception {
        serve("--upload");
        assertEquals(409, put("/missing/new.txt", "x").status());
        assertFalse(Files.exists(root.resolve("missing")));
    }

    // --- 201, Location, 100-continue, limits ---

    @Test
    void aPutAnswers201WithTheLocationOfTheNewFile() throws Exception {
        serve("--upload");
        RawResponse response = put("/sub/n%C3%A9w.txt", "hello");
        assertEquals(201, response.status());
        assertEquals("/sub/n%C3%A9w.txt", response.header("Location"));
        assertEquals("hello", Files.readString(root.resolve("sub/néw.txt")));
    }

    /** RFC 9110, 10.1.1: the client that expects 100-continue gets it before it sends the body. */
    @Test
    void expectContinueIsAnsweredBeforeTheBody() throws Exception {
        serve("--upload");
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "PUT /c.txt HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", readExactly(in, "HTTP/1.1 100 Continue\r\n\r\n".length()));
            ServerProcess.write(socket.getOutputStream(), "hello");
            assertEquals(201, RawResponse.read(in, false).status());
        }
        assertEquals("hello", Files.readString(root.resolve("c.txt")));
    }

    /** RFC 9110, 10.1.1: a request refused on its head gets the final status, not 100, and no body is written. */
    @Test
    void aBodyOverTheLimitIsRefusedBeforeTheContinue() throws Exception {
        serve("--upload", "--max-upload", "1K");
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "PUT /big.bin HTTP/1.1\r\nHost: a\r\nContent-Length: 1025\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            assertEquals(413, RawResponse.read(socket.getInputStream(), false).status());
        }
        assertEquals(List.of("existing.txt", "sub"), names(root));
    }

    @Test
    void aBodyAtTheLimitIsTaken() throws Exception {
        serve("--upload", "--max-upload", "1K");
        assertEquals(201, put("/limit.bin", "x".repeat(1024)).status());
    }

    @Test
    void aChunkedBodyPassingTheLimitIsRefusedAndLeavesNothing() throws Exception {
        serve("--upload", "--max-upload", "1K");
        String chunk = Integer.toHexString(600) + "\r\n" + "x".repeat(600) + "\r\n";
        RawResponse response = server.exchange("PUT /big.bin HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunk + chunk + "0\r\n\r\n");
        assertEquals(413, response.status());
        awaitNames(root, List.of("existing.txt", "sub"));
    }

    @Test
    void aFormOverTheLimitIsRefused() throws Exception {
        serve("--upload", "--max-upload", "1K");
        assertEquals(413, post("/", form("big.bin", "x".repeat(2000))).status());
        assertEquals(List.of("existing.txt", "sub"), names(root));
    }

    // --- broken bodies leave nothing ---

    @Test
    void aPutCutOffLeavesNothing() throws Exception {
        serve("--upload");
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "PUT /cut.bin HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n"
                    + "\r\n" + "x".repeat(50_000));
            awaitTemporaryFile(root);
        }
        awaitNames(root, List.of("existing.txt", "sub"));
    }

    /** A Content-Length larger than what comes: the client stalls, the timeout ends it, nothing is left. */
    @Test
    void aStalledPutTimesOutAndLeavesNothing() throws Exception {
        serve("--upload", "--timeout", "1");
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "PUT /stall.bin HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n"
                    + "\r\n12345");
            awaitTemporaryFile(root);
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection");
        }
        awaitNames(root, List.of("existing.txt", "sub"));
    }

    @Test
    void aFormCutBeforeItsCloseDelimiterLeavesNothing() throws Exception {
        serve("--upload");
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                + "no close delimiter\r\n";
        assertEquals(400, post("/", body).status());
        awaitNames(root, List.of("existing.txt", "sub"));
    }

    @Test
    void aBrokenChunkedPutIsABadRequestAndLeavesNothing() throws Exception {
        serve("--upload");
        RawResponse response = server.exchange("PUT /bad.bin HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\nzz\r\n");
        assertEquals(400, response.status());
        awaitNames(root, List.of("existing.txt", "sub"));
    }

    @Test
    void hugePartHeadersAreRefused() throws Exception {
        serve("--upload");
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
                + "X-Filler: " + "f".repeat(100_000) + "\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";
        assertEquals(400, post("/", body).status());
        awaitNames(root, List.of("existing.txt", "sub"));
    }

    /** A second file that cannot be written takes the first one with it: a form is taken whole or not at all. */
    @Test
    void aFormWhoseSecondFileIsRefusedLeavesNothing() throws Exception {
        serve("--upload");
        String body = part("fresh.txt", "fresh") + part("existing.txt", "replacement") + "--" + BOUNDARY + "--\r\n";
        assertEquals(409, post("/", body).status());
        awaitNames(root, List.of("existing.txt", "sub"));
        assertEquals("original\n", Files.readString(root.resolve("existing.txt")));
    }

    // --- the path safety of GET ---

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "..", "a/b.txt", "/etc/evil.txt", "..\\\\evil.txt", "C:\\\\evil.txt",
        "evil.txt."})
    void traversalNamesInAFormAreRefused(String name) throws Exception {
        serve("--upload");
        assertEquals(400, post("/sub/", form(name, "evil")).status());
        assertEquals(List.of(), names(root.resolve("sub")));
        assertEquals(List.of(), names(outside));
        assertEquals(List.of("outside", "site"), names(temp));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../outside/evil.txt", "/%2e%2e/outside/evil.txt", "/sub/..%2fevil.txt",
        "/sub/%2e%2e%2f%2e%2e%2foutside%2fevil.txt"})
    void traversalPathsInAPutAreRefused(String path) throws Exception {
        serve("--upload");
        int status = put(path, "evil").status();
        assertTrue(status == 400 || status == 404, "status " + status);
        assertEquals(List.of(), names(outside));
        assertEquals(List.of("existing.txt", "sub"), names(root));
    }

    @Test
    void aPutThroughASymlinkOutOfTheRootIsRefused() throws Exception {
        Files.createSymbolicLink(root.resolve("out"), outside);
        serve("--upload");
        assertEquals(409, put("/out/evil.txt", "evil").status());
        assertEquals(409, post("/out/", form("evil.txt", "evil")).status());
        assertEquals(List.of(), names(outside));
    }

    @Test
    void aSymlinkOutOfTheRootIsNotReplaced() throws Exception {
        Path target = Files.writeString(outside.resolve("target.txt"), "outside\n");
        Files.createSymbolicLink(root.resolve("link.txt"), target);
        serve("--upload-overwrite");
        assertEquals(404, put("/link.txt", "evil").status());
        assertEquals("outside\n", Files.readString(target));
        assertTrue(Files.isSymbolicLink(root.resolve("link.txt")));
    }

    @Test
    void dotfilesAreRefusedUnderHideDotfiles() throws Exception {
        serve("--upload", "--hide-dotfiles");
        assertEquals(404, put("/.hidden", "x").status());
        assertEquals(400, post("/", form(".hidden", "x")).status());
        assertEquals(List.of("existing.txt", "sub"), names(root));
    }

    // --- helpers ---

    private RawResponse put(String path, String body) throws IOException {
        return server.exchange("PUT " + path + " HTTP/1.1\r\nHost: a\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private RawResponse post(String path, String body) throws IOException {
        return server.exchange("POST " + path + " HTTP/1.1\r\nHost: a\r\nContent-Type: multipart/form-data; boundary="
                + BOUNDARY + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static String part(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    private static String form(String fileName, String content) {
        return part(fileName, content) + "--" + BOUNDARY + "--\r\n";
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Waits (10 s at most) until the directory holds exactly these names: a removal happens after the response. */
    private static void awaitNames(Path directory, List<String> expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!names(directory).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, names(directory));
    }

    /** Waits (10 s at most) for the server's temporary file of an upload in progress. */
    private static void awaitTemporaryFile(Path directory) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (names(directory).stream().noneMatch(name -> name.endsWith(".part")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(names(directory).stream().anyMatch(name -> name.endsWith(".part")), names(directory).toString());
    }

    private static String readExactly(InputStream in, int length) throws IOException {
        return new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return output;
    }
}
