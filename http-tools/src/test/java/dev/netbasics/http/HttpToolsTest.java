package dev.netbasics.http;

import dev.netbasics.cli.VersionProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpToolsTest {

    @TempDir
    Path dir;

    private TestHttpbin httpbin;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws Exception {
        httpbin = TestHttpbin.plain();
    }

    @AfterEach
    void stop() {
        httpbin.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void getPrintsTheBooksStatusAndHeaderList() {
        assertEquals(0, run("get", httpbin.url("/headers")));
        String[] lines = out.toString().split("\n");
        assertEquals("Status: 200", lines[0]);
        assertTrue(lines[1].startsWith("Headers: [("), lines[1]);
        assertTrue(lines[1].matches("Headers: \\[.*\\('Set-cookie', 'first=1'\\), \\('Set-cookie', 'second=2'\\).*]"),
                lines[1]);
        assertTrue(lines[1].contains("('Content-type', 'application/json')"), lines[1]);
        assertEquals(2, lines.length);
    }

    @Test
    void getWithBodyPrintsItAfterTheHeaders() {
        assertEquals(0, run("get", "-i", "-H", "X-Test: yes", httpbin.url("/get")));
        assertTrue(out.toString().contains("\n\n{\"method\": \"GET\""), out.toString());
        assertTrue(out.toString().contains("\"X-test\": \"yes\""), out.toString());
    }

    @Test
    void headSendsHeadAndPrintsStatusAndHeadersOnly() {
        for (String protocol : List.of("--http1.1", "--http2")) {
            assertEquals(0, run("get", "-I", protocol, httpbin.url("/get")));
            String[] lines = out.toString().split("\n");
            assertEquals("Status: 200", lines[0]);
            assertTrue(lines[1].toLowerCase(Locale.ROOT).contains("('x-request-method', 'head')"), lines[1]);
            assertEquals(2, lines.length, out.toString());
        }
        assertEquals(0, run("get", "-I", "-L", httpbin.url("/redirect/2")));
        assertTrue(out.toString().contains("('X-request-method', 'HEAD')"), out.toString());
        assertEquals(2, run("get", "-I", "-i", httpbin.url("/get")));
        assertEquals("Error: -I/--head gets no body to print or save\n", err.toString());
    }

    @Test
    void postSendsValidatedJsonAndPrintsTheBody() {
        assertEquals(0, run("post", httpbin.url("/post"), "--json", "{\"text\": \"Hello World\"}"));
        assertTrue(out.toString().contains("\"data\": \"{\\\"text\\\": \\\"Hello World\\\"}\""), out.toString());
        assertTrue(out.toString().contains("\"Content-type\": \"application/json\""), out.toString());
    }

    @Test
    void malformedJsonIsAUsageErrorBeforeAnythingIsSent() {
        assertEquals(2, run("post", httpbin.url("/post"), "--json", "{\"text\": }"));
        assertTrue(err.toString().startsWith("Error: malformed JSON: "), err.toString());
        assertTrue(err.toString().contains("line 1, column 10"), err.toString());
        assertEquals(2, run("post", httpbin.url("/post"), "--json", "{} []"));
    }

    @Test
    void dataFromAFileStdinAndForms() throws Exception {
        Path file = dir.resolve("body.txt");
        Files.writeString(file, "from a file");
        assertEquals(0, run("post", httpbin.url("/post"), "--data", "@" + file));
        assertTrue(out.toString().contains("\"data\": \"from a file\""), out.toString());
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(0, run("post", httpbin.url("/post"), "--data", "@-"));
        } finally {
            System.setIn(stdin);
        }
        assertTrue(out.toString().contains("\"data\": \"from stdin\""), out.toString());
        assertEquals(0, run("post", httpbin.url("/post"), "--form", "name=a b", "--form", "x=1&2"));
        assertTrue(out.toString().contains("\"data\": \"name=a+b&x=1%262\""), out.toString());
        assertEquals(2, run("post", httpbin.url("/post"), "--data", "@" + dir.resolve("missing")));
    }

    @Test
    void redirectsAreFollowedOnlyWhenAskedAndOnlySoFar() {
        assertEquals(0, run("get", httpbin.url("/redirect/3")));
        assertTrue(out.toString().startsWith("Status: 302\n"), out.toString());
        assertEquals(0, run("get", "-L", httpbin.url("/redirect/3")));
        assertTrue(out.toString().startsWith("Status: 200\n"), out.toString());
        assertEquals(1, run("get", "-L", "--max-redirs", "2", httpbin.url("/redirect/3")));
        assertTrue(err.toString().startsWith("Error: more than 2 redirects"), err.toString());
    }

    @Test
    void failGivesCurlsExitCode22() {
        assertEquals(0, run("get", httpbin.url("/status/404")));
        assertTrue(out.toString().startsWith("Status: 404"));
        assertEquals(22, run("get", "--fail", httpbin.url("/status/503")));
        assertEquals("Error: the server answered 503 Service Unavailable for " + httpbin.url("/status/503") + "\n",
                err.toString());
    }

    @Test
    void timeoutsAndRefusalsAreOneLineErrors() {
        assertEquals(1, run("get", "--timeout", "0.5", httpbin.url("/delay/3")));
        assertTrue(err.toString().startsWith("Error: timed out talking to 127.0.0.1:"), err.toString());
        assertEquals(1, run("get", "http://127.0.0.1:1/"));
        assertEquals("Error: connection refused by 127.0.0.1:1\n", err.toString());
        assertEquals(1, run("get", "http://no-such-host.invalid/"));
        assertEquals("Error: could not resolve host no-such-host.invalid\n", err.toString());
        assertEquals(1, run("connect", "http://127.0.0.1:1/"));
    }

    @Test
    void bothClientsSendTheToolsUserAgentAndAcceptUnlessTold() {
        for (String protocol : List.of("--http1.1", "--http2")) {
            assertEquals(0, run("get", "-i", protocol, httpbin.url("/get")));
            String echoed = out.toString();
            assertTrue(echoed.contains("\"User-agent\": \"http-tools/" + VersionProvider.version() + "\""), echoed);
            assertTrue(echoed.contains("\"Accept\": \"*/*\""), echoed);
            assertFalse(echoed.contains("Pragma") || echoed.contains("Cache-control"), echoed);
        }
        assertEquals(0, run("get", "-i", "-H", "User-Agent: probe/1", "-H", "accept: text/plain", httpbin.url("/get")));
        assertTrue(out.toString().contains("\"User-agent\": \"probe/1\""), out.toString());
        assertTrue(out.toString().contains("\"Accept\": \"text/plain\""), out.toString());
    }

    @Test
    void requestsGoThroughTheProxyAndItsFailuresAreNamedAsItsOwn() throws Exception {
        String proxy = "127.0.0.1:" + httpbin.port();
        assertEquals(0, run("get", "-i", "-x", proxy, "http://proxied.invalid/get"));
        assertTrue(out.toString().contains("\"Host\": \"proxied.invalid\""), out.toString());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(1, run("get", "-x", "127.0.0.1:" + closedPort, "http://proxied.invalid/get"));
        assertEquals("Error: connection refused by proxy 127.0.0.1:" + closedPort + "\n", err.toString());
        assertEquals(1, run("get", "-x", "http://proxy.invalid:3128", httpbin.url("/get")));
        assertEquals("Error: could not resolve proxy proxy.invalid\n", err.toString());
    }

    @Test
    void headerInjectionAndNonAsciiAreRefused() {
        assertEquals(2, run("get", "-H", "X-A: 1\r\nX-Injected: 2", httpbin.url("/get")));
        assertTrue(err.toString().contains("control character"), err.toString());
        assertEquals(2, run("get", "-H", "X-A: ünïcode", httpbin.url("/get")));
        assertTrue(err.toString().contains("not ASCII"), err.toString());
        assertEquals(2, run("get", "-H", "Bad Name: x", httpbin.url("/get")));
        assertEquals(2, run("get", "-H", "no colon", httpbin.url("/get")));
    }

    @Test
    void basicAuthentication() {
        assertEquals(0, run("get", "-i", "-u", "user:secret", httpbin.url("/get")));
        assertTrue(out.toString().contains("\"Authorization\": \"Basic dXNlcjpzZWNyZXQ=\""), out.toString());
    }

    @Test
    void downloadsAreCompleteOrAbsent() throws Exception {
        Path target = dir.resolve("got.json");
        assertEquals(0, run("get", "-o", target.toString(), httpbin.url("/get")));
        assertTrue(Files.readString(target).startsWith("{\"method\": \"GET\""));
        Path cut = dir.resolve("cut.bin");
        assertEquals(1, run("get", "-o", cut.toString(), httpbin.url("/short")));
        assertFalse(Files.exists(cut), "no file that looks complete");
        try (var leftovers = Files.list(dir)) {
            assertEquals(1, leftovers.count(), "no temporary file left behind");
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsRefusedInOneLine() {
        Path missing = dir.resolve("missing").resolve("x.json");
        assertEquals(2, run("get", "-o", missing.toString(), httpbin.url("/get")));
        assertEquals("Error: cannot write " + missing + ": no such directory\n", err.toString());
        assertEquals(2, run("get", "-o", dir.toString(), httpbin.url("/get")));
        assertEquals("Error: cannot write " + dir + ": it is a directory\n", err.toString());
    }

    @Test
    void jsonOutputForScripts() {
        assertEquals(0, run("get", "--json-output", httpbin.url("/status/201")));
        String json = out.toString();
        assertTrue(json.startsWith("{\"url\":\"" + httpbin.url("/status/201") + "\",\"version\":\"HTTP/1.1\","
                + "\"status\":201,\"reason\":\"Created\",\"headers\":[["), json);
        assertTrue(json.endsWith(",\"body\":\"status body\\n\"}\n"), json);
    }

    @Test
    void connectReportsWhatItReached() {
        assertEquals(0, run("connect", httpbin.url("/")));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].matches("Connected to 127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1\\) port \\d+"), lines[0]);
        assertTrue(lines[1].matches("Time: \\d+\\.\\d ms"), lines[1]);
    }

    @Test
    void onlyHttpUrls() {
        assertEquals(2, run("get", "ftp://127.0.0.1/x"));
        assertTrue(err.toString().startsWith("Error: not an http or https URL"), err.toString());
        assertEquals(2, run("get", "http://127.0.0.1:99999/"));
        assertEquals("Error: port out of range (0-65535) in URL: http://127.0.0.1:99999/\n", err.toString());
        assertEquals(2, run("connect", "http:///path-only"));
        assertTrue(err.toString().startsWith("Error: no host in URL"), err.toString());
        assertEquals(2, run("post", "http://exa mple/", "--json", "{}"));
        assertEquals("Error: not a valid URL: 'http://exa mple/' (Illegal character in authority)\n",
                err.toString());
    }

    @Test
    void urlsWithoutASchemeAreHttpAndABarePortIsLocalhost() {
        String port = String.valueOf(httpbin.port());
        assertEquals(0, run("get", "-i", "127.0.0.1:" + port + "/get?via=bare"));
        assertTrue(out.toString().startsWith("Status: 200\n"), out.toString());
        assertTrue(out.toString().contains("\"Host\": \"127.0.0.1:" + port + "\""), out.toString());
        assertEquals(0, run("get", "-i", ":" + port + "/get"));
        assertTrue(out.toString().contains("\"Host\": \"localhost:" + port + "\""), out.toString());
        assertEquals(0, run("connect", "127.0.0.1:" + port));
        assertTrue(out.toString().startsWith("Connected to 127.0.0.1 (127.0.0.1) port " + port + "\n"), out.toString());
    }
}
