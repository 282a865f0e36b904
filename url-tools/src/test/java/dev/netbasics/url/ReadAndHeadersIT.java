package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAndHeadersIT {

    @AutoClose
    private final TestHttpServer server = TestHttpServer.start();

    @TempDir
    Path directory;

    @Test
    void readWritesTheBodyBytesUnchanged() {
        ToolRun run = ToolRun.run("read", server.url("/bytes"));
        assertEquals(0, run.status(), run.err());
        assertArrayEquals(TestHttpServer.BYTES_BODY, run.out());
    }

    @Test
    void reprPrintsPythonsBytesLiteral() {
        ToolRun run = ToolRun.run("read", "--repr", server.url("/bytes"));
        assertEquals(0, run.status(), run.err());
        assertEquals("b'Hello\\n\\x00\\'\"\\\\\\t'\n", run.outText());
    }

    @Test
    void headersPrintsEveryHeaderInReceivedOrderThenABlankLineAsPrintInfoDoes() {
        ToolRun run = ToolRun.run("headers", server.url("/bytes"));
        assertEquals(0, run.status(), run.err());
        String out = run.outText();
        assertTrue(out.contains("Content-type: application/octet-stream\n"), out);
        assertTrue(out.indexOf("Set-cookie: a=1\n") < out.indexOf("Set-cookie: b=2\n"), out);
        assertTrue(out.indexOf("Set-cookie: a=1\n") >= 0, out);
        assertTrue(out.endsWith("\n\n\n"), out);
    }

    /** As http.client decodes header lines (ISO-8859-1) and the email package writes them (RFC 2047). */
    @Test
    void headerValuesBeyondAsciiArePrintedAsPythonPrintsThem() {
        ToolRun run = ToolRun.run("headers", server.url("/latin1"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outText().contains("X-name: =?utf-8?b?Y2Fmw6kgwr0=?=\n"), run.outText());
        ToolRun body = ToolRun.run("read", server.url("/latin1"));
        assertArrayEquals("caf\u00e9 \u20ac\n".getBytes(StandardCharsets.UTF_16), body.out());
    }

    @Test
    void sendsUrllibsRequestHeadersAndOurs() {
        ToolRun run = ToolRun.run("read", server.url("/headers"), "-H", "X-Test: one two");
        assertEquals(0, run.status(), run.err());
        String echo = run.outText();
        assertTrue(echo.startsWith("GET\n"), echo);
        assertTrue(echo.contains("accept-encoding: identity\n"), echo);
        assertTrue(echo.contains("user-agent: url-tools/" + System.getProperty("project.version") + "\n"), echo);
        assertTrue(echo.contains("x-test: one two\n"), echo);
        assertFalse(echo.contains("pragma:") || echo.contains("cache-control:"), echo);
    }

    @Test
    void dataMakesAFormPostLikeUrlopenWithData() {
        ToolRun run = ToolRun.run("read", server.url("/post"), "--data", "text=Hello+World");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outText().startsWith("POST\n"), run.outText());
        assertTrue(run.outText().contains("content-type: application/x-www-form-urlencoded\n"), run.outText());
        assertTrue(run.outText().endsWith("\n\ntext=Hello+World"), run.outText());
    }

    @Test
    void dataFromStandardInputAndFromAFile() throws IOException {
        ToolRun fromStdin = ToolRun.withInput("from stdin".getBytes(StandardCharsets.UTF_8), "read", server.url("/post"), "--data", "@-", "-H", "Content-Type: text/plain");
        assertTrue(fromStdin.outText().contains("content-type: text/plain\n"), fromStdin.outText());
        assertTrue(fromStdin.outText().endsWith("\n\nfrom stdin"), fromStdin.outText());
        Path file = Files.writeString(directory.resolve("body.txt"), "from a file");
        ToolRun fromFile = ToolRun.run("read", server.url("/post"), "--data", "@" + file);
        assertTrue(fromFile.outText().endsWith("\n\nfrom a file"), fromFile.outText());
    }

    @Test
    void proxiesComeFromTheEnvironmentAsUrllibTakesThem() {
        String proxy = "http://127.0.0.1:" + server.port();
        ToolRun proxied = ToolRun.withEnvironment(Map.of("http_proxy", proxy), "read", "http://example.invalid/headers");
        assertEquals(0, proxied.status(), proxied.err());
        assertTrue(proxied.outText().contains("host: example.invalid\n"), proxied.outText());
        ToolRun bypassed = ToolRun.withEnvironment(Map.of("HTTP_PROXY", proxy, "no_proxy", ".invalid"),
                "read", "http://example.invalid/headers");
        assertEquals("Error: <urlopen error [Errno -2] Name or service not known>\n", bypassed.err());
        ToolRun cgi = ToolRun.withEnvironment(Map.of("HTTP_PROXY", proxy, "REQUEST_METHOD", "GET"),
                "read", "http://example.invalid/headers");
        assertEquals(ExitCode.UNKNOWN_HOST, cgi.status(), "HTTP_PROXY must be ignored under CGI (httpoxy)");
    }

    /** As Python's socket module encodes it for DNS; in the Host header too, where urllib sends Latin-1. */
    @Test
    void aHostNameBeyondAsciiIsSentInItsIdnaForm() {
        String proxy = "http://127.0.0.1:" + server.port();
        ToolRun proxied = ToolRun.withEnvironment(Map.of("http_proxy", proxy),
                "read", "http://B\u00fccher.example/headers");
        assertEquals(0, proxied.status(), proxied.err());
        assertTrue(proxied.outText().contains("host: xn--bcher-kva.example\n"), proxied.outText());
        ToolRun direct = ToolRun.run("read", "http://b\u00fccher.invalid/");
        assertEquals("Error: <urlopen error [Errno -2] Name or service not known>\n", direct.err());
        ToolRun tooLong = ToolRun.run("read", "http://" + "\u00fc".repeat(64) + ".example/");
        assertEquals(2, tooLong.status());
        assertTrue(tooLong.err().startsWith("Error: invalid host name '" + "\u00fc".repeat(64) + ".example': "),
                tooLong.err());
    }

    @Test
    void followsUpToTenRedirects() {
        ToolRun run = ToolRun.run("read", server.url("/redirect/9"));
        assertEquals(0, run.status(), run.err());
        assertArrayEquals(TestHttpServer.BYTES_BODY, run.out());
    }

    @Test
    void moreThanTenRedirectsIsUrllibsInfiniteLoopError() {
        ToolRun run = ToolRun.run("read", server.url("/redirect/10"));
        assertEquals(ExitCode.HTTP_ERROR, run.status(), run.err());
        assertTrue(run.err().startsWith("Error: HTTP Error 302: The HTTP server returned a redirect error that"
                + " would lead to an infinite loop."), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aRedirectLoopStopsAfterFourVisits() {
        ToolRun run = ToolRun.run("read", server.url("/loop"));
        assertEquals(ExitCode.HTTP_ERROR, run.status(), run.err());
        assertTrue(run.err().contains("infinite loop"), run.err());
    }

    @Test
    void postIsRedirectedAsGetThrough303() {
        ToolRun run = ToolRun.run("read", server.url("/location/303?to=/headers"), "--data", "a=1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outText().startsWith("GET\n"), run.outText());
        assertFalse(run.outText().contains("content-type"), run.outText());
    }

    @Test
    void postIsNotRedirectedThrough307AsUrllibRefuses() {
        ToolRun run = ToolRun.run("read", server.url("/location/307?to=/post"), "--data", "a=1");
        assertEquals(ExitCode.HTTP_ERROR, run.status());
        assertTrue(run.err().matches("Error: HTTP Error 307: [^\n]*\n"), run.err());
    }

    @Test
    void aRedirectToAFileUrlIsRefused() {
        ToolRun run = ToolRun.run("read", server.url("/location/302?to=file:///etc/passwd"));
        assertEquals(ExitCode.HTTP_ERROR, run.status());
        assertTrue(run.err().matches("Error: HTTP Error 302: [A-Za-z ]+ - Redirection to url 'file:///etc/passwd' is"
                + " not allowed\n"), run.err());
        assertEquals(0, run.out().length);
    }

    @Test
    void credentialsDoNotFollowARedirectToAnotherHost() {
        String elsewhere = "http://localhost:" + server.port() + "/headers";
        ToolRun run = ToolRun.run("read", server.url("/location/302?to=" + elsewhere),
                "-H", "Authorization: Basic c2VjcmV0", "-H", "X-Kept: yes");
        assertEquals(0, run.status(), run.err());
        assertFalse(run.outText().contains("authorization"), run.outText());
        assertTrue(run.outText().contains("x-kept: yes"), run.outText());
    }

    @Test
    void anErrorStatusIsUrllibsHttpErrorWithExitCode22() {
        ToolRun run = ToolRun.run("read", server.url("/status/404"));
        assertEquals(ExitCode.HTTP_ERROR, run.status());
        assertEquals("Error: HTTP Error 404: Not Found\n", run.err());
        assertEquals(0, run.out().length);
    }

    @Test
    void ignoreStatusPrintsTheErrorBodyAnyway() {
        ToolRun run = ToolRun.run("read", "--ignore-status", server.url("/status/503"));
        assertEquals(0, run.status(), run.err());
        assertEquals("error body 503", run.outText());
        ToolRun headers = ToolRun.run("headers", "--ignore-status", server.url("/status/503"));
        assertEquals(0, headers.status(), headers.err());
        assertTrue(headers.outText().contains("Content-length: 14\n"), headers.outText());
    }

    @Test
    void aBodyCutShortOfItsLengthIsAnErrorNotData() {
        ToolRun run = ToolRun.run("read", "--repr", server.url("/truncated"));
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Error: "), run.err());
        assertEquals("", run.outText());
    }

    @Test
    void refusedConnectionIsUrlErrorWithErrno() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ToolRun run = ToolRun.run("read", "http://127.0.0.1:" + port + "/");
        assertEquals(ExitCode.UNREACHABLE, run.status());
        assertEquals("Error: <urlopen error [Errno 111] Connection refused>\n", run.err());
    }

    @Test
    void slowServerTimesOut() {
        ToolRun run = ToolRun.run("read", "--timeout", "0.3", server.url("/slow"));
        assertEquals(ExitCode.TIMEOUT, run.status());
        assertEquals("Error: <urlopen error timed out>\n", run.err());
    }

    @Test
    void unknownHostIsNameOrServiceNotKnown() {
        ToolRun run = ToolRun.run("read", "http://nosuch.invalid/");
        assertEquals(ExitCode.UNKNOWN_HOST, run.status());
        assertEquals("Error: <urlopen error [Errno -2] Name or service not known>\n", run.err());
    }

    @Test
    void unknownSchemesAreUrllibsErrors() {
        ToolRun gopher = ToolRun.run("read", "gopher://example.com/");
        assertEquals(1, gopher.status());
        assertEquals("Error: <urlopen error unknown url type: gopher>\n", gopher.err());
    }

    /** curl's shorthand, as http-tools takes it: HOST:PORT/PATH and :PORT/PATH are http. */
    @Test
    void curlsShorthandIsHttp() {
        String hostAndPort = server.url("/bytes").substring("http://".length());
        ToolRun bare = ToolRun.run("read", hostAndPort);
        assertEquals(0, bare.status(), bare.err());
        assertArrayEquals(TestHttpServer.BYTES_BODY, bare.out());
        ToolRun localhost = ToolRun.run("headers", hostAndPort.substring(hostAndPort.indexOf(':')));
        assertEquals(0, localhost.status(), localhost.err());
        assertTrue(localhost.outText().contains("Content-type: application/octet-stream\n"), localhost.outText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "./page.html"})
    void aPathIsRefusedWithTheFileUrlThatNamesIt(String path) {
        ToolRun run = ToolRun.run("read", path);
        assertEquals(ExitCode.USAGE, run.status());
        String fileUrl = Path.of(path).toAbsolutePath().normalize().toUri().toString();
        assertEquals("Error: '" + path + "' is a path, not a URL; for a local file use " + fileUrl + "\n", run.err());
        assertTrue(fileUrl.startsWith("file:///"), fileUrl);
    }

    @Test
    void portsOutOfRangeAreUsageErrors() {
        ToolRun http = ToolRun.run("read", "http://127.0.0.1:99999/");
        assertEquals(2, http.status());
        assertEquals("Error: invalid URL http://127.0.0.1:99999/: port out of range 0-65535\n", http.err());
        ToolRun ftp = ToolRun.run("read", "ftp://127.0.0.1:99999/");
        assertEquals(2, ftp.status());
        assertEquals("Error: port out of range 1-65535: '99999'\n", ftp.err());
        ToolRun letters = ToolRun.run("read", "ftp://127.0.0.1:21a/");
        assertEquals(2, letters.status());
        assertEquals("Error: nonnumeric port: '21a'\n", letters.err());
    }

    @Test
    void headerInjectionIsRefused() {
        ToolRun run = ToolRun.run("read", server.url("/headers"), "-H", "X-A: 1\r\nX-B: 2");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Error: header X-A contains a control character"), run.err());
        assertEquals(2, ToolRun.run("read", server.url("/headers"), "-H", "no colon").status());
        assertEquals(2, ToolRun.run("read", server.url("/headers"), "--timeout", "0").status());
    }

    @Test
    void fileUrlsGiveTheFileAndUrllibsHeaders() throws IOException {
        Path file = directory.resolve("page.html");
        Files.write(file, new byte[] {'<', 'p', '>', (byte) 0xE2, (byte) 0x82, (byte) 0xAC});
        ToolRun read = ToolRun.run("read", file.toUri().toString());
        assertEquals(0, read.status(), read.err());
        assertArrayEquals(Files.readAllBytes(file), read.out());
        ToolRun headers = ToolRun.run("headers", "file://" + file);
        assertEquals(0, headers.status(), headers.err());
        assertTrue(headers.outText().matches("Content-type: text/html\nContent-length: 6\nLast-modified: "
                + "[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT\n\n\n"), headers.outText());
    }

    @Test
    void fileUrlErrorsAreUrllibs() {
        ToolRun missing = ToolRun.run("read", "file:///no/such/file");
        assertEquals(1, missing.status());
        assertEquals("Error: <urlopen error [Errno 2] No such file or directory: '/no/such/file'>\n", missing.err());
        ToolRun directoryUrl = ToolRun.run("read", "file://" + directory);
        assertEquals("Error: <urlopen error [Errno 21] Is a directory: '" + directory + "'>\n", directoryUrl.err());
        ToolRun remote = ToolRun.run("read", "file://example.com/etc/passwd");
        assertEquals("Error: <urlopen error file not on local host>\n", remote.err());
    }

    @Test
    void dataUrlsAreDecodedAsUrllibDecodesThem() {
        ToolRun plain = ToolRun.run("read", "data:,Hello%2C%20World%21");
        assertEquals("Hello, World!", plain.outText());
        ToolRun base64 = ToolRun.run("read", "--repr", "data:text/plain;base64,SGVsbG8K");
        assertEquals("b'Hello\\n'\n", base64.outText());
        ToolRun headers = ToolRun.run("headers", "data:,x");
        assertEquals("Content-type: text/plain;charset=US-ASCII\nContent-length: 1\n\n\n", headers.outText());
        ToolRun malformed = ToolRun.run("read", "data:no-comma");
        assertEquals(2, malformed.status());
        assertTrue(malformed.err().startsWith("Error: malformed data URL"), malformed.err());
    }

    @Test
    void debugAddsTheStackTraceOnlyOnRequest() {
        ToolRun quiet = ToolRun.run("read", server.url("/status/500"));
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        ToolRun debug = ToolRun.run("read", "--debug", server.url("/status/500"));
        assertTrue(debug.err().contains("at dev.netbasics.url."), debug.err());
    }
}
