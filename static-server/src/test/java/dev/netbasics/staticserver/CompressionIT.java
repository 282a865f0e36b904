package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.netbasics.cli.Prerequisites;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Content codings (issue 25): precompressed {@code .br} and {@code .gz} siblings as nginx's gzip_static
 * serves them, and --gzip on the fly, each chosen by Accept-Encoding (RFC 9110, 12.5.3), with Vary:
 * Accept-Encoding (12.5.5), an ETag per coding (8.8.3.3), identity for a GET with Range (14.2), and HEAD and
 * conditional requests answered as the GET of the same coding.
 */
class CompressionIT {

    @TempDir
    Path root;

    private ServerProcess server;
    private String script;
    private byte[] scriptGz;
    private byte[] scriptBr;

    @BeforeEach
    void site() throws IOException {
        script = "function hello() { return 'hello, world'; }\n".repeat(200);
        Files.writeString(root.resolve("app.js"), script);
        scriptGz = gzip(script.getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("app.js.gz"), scriptGz);
        // Not real Brotli: the server sends the sibling's bytes as they are, which is what is checked here.
        scriptBr = "pretend brotli bytes".getBytes(StandardCharsets.US_ASCII);
        Files.write(root.resolve("app.js.br"), scriptBr);
        Files.writeString(root.resolve("plain.txt"), "text without siblings\n".repeat(100));
        Files.writeString(root.resolve("small.txt"), "x".repeat(1023));
        Files.write(root.resolve("data.bin"), new byte[4096]);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private RawResponse get(String method, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return server.exchange(request.append("\r\n").toString());
    }

    // --- precompressed siblings ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gzip|gzip", "br|br", "gzip, br|br", "br;q=0.5, gzip|gzip",
        "identity;q=0, *|br", "*;q=0.1, br;q=0|gzip"})
    void aSiblingIsChosenByAcceptEncoding(String accept, String coding) throws Exception {
        server = ServerProcess.serve(root);
        RawResponse response = get("GET", "/app.js", "Accept-Encoding: " + accept);
        assertEquals(200, response.status());
        assertEquals(coding, response.header("Content-Encoding"));
        assertArrayEquals(coding.equals("br") ? scriptBr : scriptGz, response.body());
        assertEquals("text/javascript; charset=utf-8", response.header("Content-type"));
        assertEquals("Accept-Encoding", response.header("Vary"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "identity", "deflate", "gzip;q=0, br;q=0"})
    void identityIsSentWhenNoSiblingIsAcceptable(String accept) throws Exception {
        server = ServerProcess.serve(root);
        RawResponse response = get("GET", "/app.js", "Accept-Encoding: " + accept);
        assertNull(response.header("Content-Encoding"));
        assertEquals(script, response.text());
        assertEquals("Accept-Encoding", response.header("Vary"), "identity varies too");
    }

    @Test
    void withoutAcceptEncodingIdentityIsSentWithVary() throws Exception {
        server = ServerProcess.serve(root);
        RawResponse response = get("GET", "/app.js");
        assertNull(response.header("Content-Encoding"));
        assertEquals(script, response.text());
        assertEquals("Accept-Encoding", response.header("Vary"));
    }

    @Test
    void aFileWithoutSiblingsDoesNotVary() throws Exception {
        server = ServerProcess.serve(root);
        RawResponse response = get("GET", "/plain.txt", "Accept-Encoding: gzip, br");
        assertNull(response.header("Content-Encoding"));
        assertNull(response.header("Vary"));
    }

    @Test
    void eachCodingHasItsOwnETag() throws Exception {
        server = ServerProcess.serve(root);
        String identity = get("GET", "/app.js").header("ETag");
        String gzip = get("GET", "/app.js", "Accept-Encoding: gzip").header("ETag");
        String br = get("GET", "/app.js", "Accept-Encoding: br").header("ETag");
        assertNotEquals(identity, gzip);
        assertNotEquals(identity, br);
        assertNotEquals(gzip, br);
    }

    /** RFC 9110, 9.3.2: HEAD answers with the head the GET of the same request would have. */
    @Test
    void headHasTheHeadOfTheSameCoding() throws Exception {
        server = ServerProcess.serve(root);
        RawResponse get = get("GET", "/app.js", "Accept-Encoding: gzip");
        RawResponse head = get("HEAD", "/app.js", "Accept-Encoding: gzip");
        assertEquals("gzip", head.header("Content-Encoding"));
        assertEquals(get.header("Content-Length"), head.header("Content-Length"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(Integer.toString(scriptGz.length), head.header("Content-Length"));
    }

    /** RFC 9110, 13.1.2 and 15.4.5: a 304 for the coding whose tag matches, with its ETag and Vary. */
    @Test
    void ifNoneMatchOfACodingIsNotModifiedForThatCoding() throws Exception {
        server = ServerProcess.serve(root);
        String gzipTag = get("GET", "/app.js", "Accept-Encoding: gzip").header("ETag");
        RawResponse response = get("GET", "/app.js", "Accept-Encoding: gzip", "If-None-Match: " + gzipTag);
        assertEquals(304, response.status());
        assertEquals(gzipTag, response.header("ETag"));
        assertEquals("Accept-Encoding", response.header("Vary"));
    }

    @Test
    void ifNoneMatchOfACodingDoesNotHoldForIdentity() throws Exception {
        server = ServerProcess.serve(root);
        String gzipTag = get("GET", "/app.js", "Accept-Encoding: gzip").header("ETag");
        RawResponse response = get("GET", "/app.js", "If-None-Match: " + gzipTag);
        assertEquals(200, response.status());
        assertEquals(script, response.text());
    }

    /** A Range is a range of the file itself: identity, whatever Accept-Encoding says. */
    @Test
    void aRangeIsServedFromIdentity() throws Exception {
        server = ServerProcess.serve(root);
        RawResponse response = get("GET", "/app.js", "Accept-Encoding: gzip, br", "Range: bytes=0-7");
        assertEquals(206, response.status());
        assertNull(response.header("Content-Encoding"));
        assertEquals(script.substring(0, 8), response.text());
        assertEquals("Accept-Encoding", response.header("Vary"));
    }

    @Test
    void curlCompressedDecodesTheBrotliOrGzipSibling() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        // curl would decode a .br sibling too, if it were real Brotli; the one here is not.
        Files.delete(root.resolve("app.js.br"));
        server = ServerProcess.serve(root);
        Process curl = new ProcessBuilder("curl", "-sS", "--compressed", "-w", "\n%header{content-encoding}",
                server.url("/app.js")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, curl.waitFor());
        assertEquals(script + "\ngzip", out);
    }

    /** Under the C locale a name that is not ASCII is no String the JVM can make a path of: found by its bytes. */
    @Test
    void theSiblingOfANonAsciiNameIsServedUnderTheCLocale() throws Exception {
        Files.write(Path.of(URI.create(root.toUri() + "caf%C3%A9.js")), script.getBytes(StandardCharsets.UTF_8));
        Files.write(Path.of(URI.create(root.toUri() + "caf%C3%A9.js.gz")), scriptGz);
        server = ServerProcess.start(ServerProcess.tool(root).inCLocale());
        RawResponse response = get("GET", "/caf%C3%A9.js", "Accept-Encoding: gzip");
        assertEquals("gzip", response.header("Content-Encoding"));
        assertArrayEquals(scriptGz, response.body());
    }

    // --- --gzip on the fly ---

    @Test
    void gzipCompressesTextOnTheFly() throws Exception {
        server = ServerProcess.serve(root, "--gzip");
        RawResponse response = get("GET", "/plain.txt", "Accept-Encoding: gzip");
        assertEquals("gzip", response.header("Content-Encoding"));
        assertEquals("Accept-Encoding", response.header("Vary"));
        assertEquals("text without siblings\n".repeat(100), new String(gunzip(response.body()), StandardCharsets.UTF_8));
        String identityTag = get("GET", "/plain.txt").header("ETag");
        assertNotEquals(identityTag, response.header("ETag"));
    }

    @Test
    void curlCompressedDecodesOnTheFlyGzip() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        server = ServerProcess.serve(root, "--gzip");
        Process curl = new ProcessBuilder("curl", "-sS", "--compressed", "-w", "\n%header{content-encoding}",
                server.url("/plain.txt")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, curl.waitFor());
        assertEquals("text without siblings\n".repeat(100) + "\ngzip", out);
    }

    /** Below the threshold (1024 bytes), and for types that are not text, --gzip leaves the file as it is. */
    @ParameterizedTest
    @CsvSource({"/small.txt", "/data.bin"})
    void gzipLeavesSmallAndBinaryFilesAlone(String path) throws Exception {
        server = ServerProcess.serve(root, "--gzip");
        RawResponse response = get("GET", path, "Accept-Encoding: gzip");
        assertNull(response.header("Content-Encoding"));
        assertNull(response.header("Vary"));
    }

    @Test
    void withoutGzipTextIsNotCompressed() throws Exception {
        server = ServerProcess.serve(root);
        assertNull(get("GET", "/plain.txt", "Accept-Encoding: gzip").header("Content-Encoding"));
    }

    @Test
    void aFileChangedAfterCompressionIsCompressedAgain() throws Exception {
        server = ServerProcess.serve(root, "--gzip");
        get("GET", "/plain.txt", "Accept-Encoding: gzip");
        Files.writeString(root.resolve("plain.txt"), "changed text, and longer than before\n".repeat(100));
        RawResponse response = get("GET", "/plain.txt", "Accept-Encoding: gzip");
        assertEquals("changed text, and longer than before\n".repeat(100),
                new String(gunzip(response.body()), StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }
}
