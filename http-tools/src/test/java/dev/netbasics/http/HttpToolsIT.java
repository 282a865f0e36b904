package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged tool (the jar, or the native executable under native-its) against a small httpbin on loopback:
 * the book's output, requests as curl makes them, redirects, proxies, downloads, and failures in one line.
 */
class HttpToolsIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final TestHttpbin httpbin = TestHttpbin.plain();

    private static PackagedTool.Result run(String... args) {
        return PackagedTool.of(args).run();
    }

    private static String ok(String... args) {
        PackagedTool.Result run = run(args);
        assertEquals(0, run.status(), String.join(" ", args) + ": " + run.err());
        return run.outAsUtf8();
    }

    @Test
    void getPrintsTheBooksStatusAndHeaderList() {
        String[] lines = ok("get", httpbin.url("/headers")).split("\n");
        assertEquals("Status: 200", lines[0]);
        assertTrue(lines[1].startsWith("Headers: [("), lines[1]);
        assertTrue(lines[1].matches("Headers: \\[.*\\('Set-cookie', 'first=1'\\), \\('Set-cookie', 'second=2'\\).*]"),
                lines[1]);
        assertTrue(lines[1].contains("('Content-type', 'application/json')"), lines[1]);
        assertEquals(2, lines.length);
    }

    @Test
    void getWithBodyPrintsItAfterTheHeaders() {
        String out = ok("get", "-i", "-H", "X-Test: yes", httpbin.url("/get"));
        assertTrue(out.contains("\n\n{\"method\": \"GET\""), out);
        assertTrue(out.contains("\"X-test\": \"yes\""), out);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void headSendsHeadAndPrintsStatusAndHeadersOnly(String protocol) {
        String[] lines = ok("get", "-I", protocol, httpbin.url("/get")).split("\n");
        assertTrue(lines[0].startsWith("Status: 200"), lines[0]);
        assertTrue(lines[1].toLowerCase(Locale.ROOT).contains("('x-request-method', 'head')"), lines[1]);
        assertEquals(2, lines.length);
    }

    @Test
    void headStaysHeadThroughRedirects() {
        String redirected = ok("get", "-I", "-L", httpbin.url("/redirect/2"));
        assertTrue(redirected.contains("('X-request-method', 'HEAD')"), redirected);
    }

    @Test
    void headWithABodyOptionIsAUsageError() {
        PackagedTool.Result both = run("get", "-I", "-i", httpbin.url("/get"));
        assertEquals(2, both.status());
        assertEquals("Error: -I/--head gets no body to print or save\n", both.err());
    }

    @Test
    void postSendsValidatedJsonAndPrintsTheBody() {
        String out = ok("post", httpbin.url("/post"), "--json", "{\"text\": \"Hello World\"}");
        assertTrue(out.contains("\"data\": \"{\\\"text\\\": \\\"Hello World\\\"}\""), out);
        assertTrue(out.contains("\"Content-type\": \"application/json\""), out);
    }

    /** As curl's --json and the book's post_example.py: @FILE and @- read the document. */
    @Test
    void postJsonFromAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("doc.json"), "{\"text\": \"from a file\"}");
        String out = ok("post", httpbin.url("/post"), "--json", "@" + file);
        assertTrue(out.contains("\"data\": \"{\\\"text\\\": \\\"from a file\\\"}\""), out);
        assertTrue(out.contains("\"Content-type\": \"application/json\""), out);
    }

    @Test
    void postJsonFromStandardInputIsCheckedToo() {
        PackagedTool.Result sent = PackagedTool.of("post", httpbin.url("/post"), "--json", "@-")
                .input("[1, 2]".getBytes(StandardCharsets.UTF_8)).run();
        assertEquals(0, sent.status(), sent.err());
        assertTrue(sent.outAsUtf8().contains("\"data\": \"[1, 2]\""), sent.outAsUtf8());
        PackagedTool.Result malformed = PackagedTool.of("post", httpbin.url("/post"), "--json", "@-")
                .input("[1, ".getBytes(StandardCharsets.UTF_8)).run();
        assertEquals(ExitCode.USAGE, malformed.status());
        assertTrue(malformed.err().startsWith("Error: malformed JSON: "), malformed.err());
    }

    @Test
    void malformedJsonIsAUsageErrorBeforeAnythingIsSent() {
        PackagedTool.Result run = run("post", httpbin.url("/post"), "--json", "{\"text\": }");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Error: malformed JSON: "), run.err());
        assertTrue(run.err().contains("line 1, column 10"), run.err());
        assertEquals(2, run("post", httpbin.url("/post"), "--json", "{} []").status());
    }

    @Test
    void dataFromAFileStdinAndForms() throws Exception {
        Path file = Files.writeString(dir.resolve("body.txt"), "from a file");
        assertTrue(ok("post", httpbin.url("/post"), "--data", "@" + file).contains("\"data\": \"from a file\""));
        PackagedTool.Result stdin = PackagedTool.of("post", httpbin.url("/post"), "--data", "@-")
                .input("from stdin".getBytes(StandardCharsets.UTF_8)).run();
        assertEquals(0, stdin.status(), stdin.err());
        assertTrue(stdin.outAsUtf8().contains("\"data\": \"from stdin\""), stdin.outAsUtf8());
        String form = ok("post", httpbin.url("/post"), "--form", "name=a b", "--form", "x=1&2");
        assertTrue(form.contains("\"data\": \"name=a+b&x=1%262\""), form);
        PackagedTool.Result missing = run("post", httpbin.url("/post"), "--data", "@" + dir.resolve("missing"));
        assertEquals(2, missing.status());
        assertEquals("Error: cannot read " + dir.resolve("missing") + "\n", missing.err());
    }

    @Test
    void redirectsAreFollowedOnlyWhenAskedAndOnlySoFar() {
        assertTrue(ok("get", httpbin.url("/redirect/3")).startsWith("Status: 302\n"));
        assertTrue(ok("get", "-L", httpbin.url("/redirect/3")).startsWith("Status: 200\n"));
        PackagedTool.Result tooMany = run("get", "-L", "--max-redirs", "2", httpbin.url("/redirect/3"));
        assertEquals(1, tooMany.status());
        assertTrue(tooMany.err().startsWith("Error: more than 2 redirects"), tooMany.err());
    }

    @Test
    void failGivesCurlsExitCode22() {
        assertTrue(ok("get", httpbin.url("/status/404")).startsWith("Status: 404"));
        PackagedTool.Result run = run("get", "--fail", httpbin.url("/status/503"));
        assertEquals(22, run.status());
        assertEquals("Error: the server answered 503 Service Unavailable for " + httpbin.url("/status/503") + "\n",
                run.err());
    }

    @Test
    void aLateAnswerIsATimeoutInOneLine() {
        PackagedTool.Result late = run("get", "--timeout", "0.5", httpbin.url("/delay/3"));
        assertEquals(ExitCode.TIMEOUT, late.status());
        assertTrue(late.err().startsWith("Error: timed out talking to 127.0.0.1:"), late.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void aRefusedConnectionIsExit7InOneLine(String protocol) {
        PackagedTool.Result refused = run("get", protocol, "http://127.0.0.1:1/");
        assertEquals(ExitCode.UNREACHABLE, refused.status());
        assertEquals("Error: connection refused by 127.0.0.1:1\n", refused.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void anUnknownHostIsExit6InOneLine(String protocol) {
        PackagedTool.Result unknown = run("get", protocol, "http://no-such-host.invalid/");
        assertEquals(ExitCode.UNKNOWN_HOST, unknown.status());
        assertEquals("Error: could not resolve host no-such-host.invalid\n", unknown.err());
    }

    @Test
    void connectNamesUnknownHostsAndRefusalsByTheSameCodes() {
        PackagedTool.Result connect = run("connect", "http://no-such-host.invalid/");
        assertEquals(ExitCode.UNKNOWN_HOST, connect.status());
        assertEquals("Error: could not resolve host no-such-host.invalid\n", connect.err());
        assertEquals(ExitCode.UNREACHABLE, run("connect", "http://127.0.0.1:1/").status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void bothClientsSendTheToolsUserAgentAndAccept(String protocol) {
        String echoed = ok("get", "-i", protocol, httpbin.url("/get"));
        assertTrue(echoed.contains("\"User-agent\": \"http-tools/" + System.getProperty("project.version") + "\""),
                echoed);
        assertTrue(echoed.contains("\"Accept\": \"*/*\""), echoed);
        assertFalse(echoed.contains("Pragma") || echoed.contains("Cache-control"), echoed);
    }

    @Test
    void headersGivenReplaceTheDefaultUserAgentAndAccept() {
        String told = ok("get", "-i", "-H", "User-Agent: probe/1", "-H", "accept: text/plain", httpbin.url("/get"));
        assertTrue(told.contains("\"User-agent\": \"probe/1\""), told);
        assertTrue(told.contains("\"Accept\": \"text/plain\""), told);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void requestsGoThroughTheProxy(String protocol) {
        String out = ok("get", "-i", protocol, "-x", "127.0.0.1:" + httpbin.port(), "http://proxied.invalid/get");
        assertTrue(out.contains("\"Host\": \"proxied.invalid\""), out);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void aProxysFailuresAreNamedAsItsOwn(String protocol) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PackagedTool.Result refused = run("get", protocol, "-x", "127.0.0.1:" + closedPort,
                "http://proxied.invalid/get");
        assertEquals(ExitCode.UNREACHABLE, refused.status());
        assertEquals("Error: connection refused by proxy 127.0.0.1:" + closedPort + "\n", refused.err());
        PackagedTool.Result unknown = run("get", protocol, "-x", "http://proxy.invalid:3128", httpbin.url("/get"));
        assertEquals(ExitCode.UNKNOWN_HOST, unknown.status());
        assertEquals("Error: could not resolve proxy proxy.invalid\n", unknown.err());
    }

    /** Each URL of a redirect chain gets its own proxy decision, in both clients. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void proxiesComeFromTheEnvironmentForEachUrlOfARedirectChain(String protocol) {
        Map<String, String> environment = Map.of("http_proxy", "127.0.0.1:" + httpbin.port(),
                "no_proxy", "127.0.0.1");
        PackagedTool.Result run = PackagedTool.of("get", "-i", "-L", protocol,
                httpbin.url("/redirect-to/proxied.invalid")).environment(environment).run();
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().contains("\"Host\": \"proxied.invalid\""), run.outAsUtf8());
    }

    /** httpoxy (CVE-2016-5385): a CGI program gets HTTP_PROXY from a request header, so it is not read. */
    @Test
    void upperCaseHttpProxyIsNotRead() {
        PackagedTool.Result httpoxy = PackagedTool.of("get", "http://proxied.invalid/get")
                .environment(Map.of("HTTP_PROXY", "127.0.0.1:" + httpbin.port())).run();
        assertEquals(ExitCode.UNKNOWN_HOST, httpoxy.status());
        assertEquals("Error: could not resolve host proxied.invalid\n", httpoxy.err());
    }

    @Test
    void headerInjectionAndNonAsciiAreRefused() {
        PackagedTool.Result injected = run("get", "-H", "X-A: 1\r\nX-Injected: 2", httpbin.url("/get"));
        assertEquals(2, injected.status());
        assertTrue(injected.err().contains("control character"), injected.err());
        PackagedTool.Result nonAscii = run("get", "-H", "X-A: ünïcode", httpbin.url("/get"));
        assertEquals(2, nonAscii.status());
        assertTrue(nonAscii.err().contains("not ASCII"), nonAscii.err());
        assertEquals(2, run("get", "-H", "Bad Name: x", httpbin.url("/get")).status());
        assertEquals(2, run("get", "-H", "no colon", httpbin.url("/get")).status());
    }

    @Test
    void basicAuthentication() {
        String out = ok("get", "-i", "-u", "user:secret", httpbin.url("/get"));
        assertTrue(out.contains("\"Authorization\": \"Basic dXNlcjpzZWNyZXQ=\""), out);
    }

    @Test
    void downloadsAreCompleteByteForByteOrAbsent() throws Exception {
        Path target = dir.resolve("got.bin");
        PackagedTool.Result saved = run("get", "-o", target.toString(), httpbin.url("/bytes/1048576"));
        assertEquals(0, saved.status(), saved.err());
        assertEquals("", saved.err(), "no progress bar off a terminal");
        assertArrayEquals(TestHttpbin.bytes(1_048_576), Files.readAllBytes(target));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                "a download gets the mode any new file gets (the umask's), not a temporary file's 0600");
        Files.delete(plain);
        Path cut = dir.resolve("cut.bin");
        assertEquals(1, run("get", "-o", cut.toString(), httpbin.url("/short")).status());
        assertFalse(Files.exists(cut), "no file that looks complete");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporary file left behind");
        }
    }

    /**
     * Ctrl-C (SIGINT, exit 130) and SIGTERM (143) run the shutdown hooks (natively: --install-exit-handlers); one
     * removes the part file. The tool runs as a terminal's foreground job does, with SIGINT's default action:
     * a job started in the background (as a build under flock may be) inherits SIGINT ignored, and a JVM keeps it so.
     */
    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aDownloadEndedByASignalLeavesNoPartialFile(String signal, int status) throws Exception {
        Path target = dir.resolve("stalled.bin");
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT"));
        command.addAll(PackagedTool.of("get", "-o", target.toString(), httpbin.url("/stall")).command());
        Process process = new ProcessBuilder(command).start();
        try {
            for (int i = 0; i < 200 && !partialFileIn(dir); i++) {
                Thread.sleep(50);
            }
            assertTrue(partialFileIn(dir), "the download started");
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "SIG" + signal + " ended the download");
            assertEquals(status, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing left behind, neither the target nor a partial file");
        }
    }

    private static boolean partialFileIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsRefusedInOneLine() {
        Path missing = dir.resolve("missing").resolve("x.json");
        PackagedTool.Result noDirectory = run("get", "-o", missing.toString(), httpbin.url("/get"));
        assertEquals(2, noDirectory.status());
        assertEquals("Error: cannot write " + missing + ": no such directory\n", noDirectory.err());
        PackagedTool.Result directory = run("get", "-o", dir.toString(), httpbin.url("/get"));
        assertEquals(2, directory.status());
        assertEquals("Error: cannot write " + dir + ": it is a directory\n", directory.err());
    }

    @Test
    void jsonOutputForScripts() {
        String json = ok("get", "--json-output", httpbin.url("/status/201"));
        assertTrue(json.startsWith("{\"url\":\"" + httpbin.url("/status/201") + "\",\"version\":\"HTTP/1.1\","
                + "\"status\":201,\"reason\":\"Created\",\"headers\":[["), json);
        assertTrue(json.endsWith(",\"body\":\"status body\\n\"}\n"), json);
    }

    @Test
    void connectReportsWhatItReached() {
        String[] lines = ok("connect", httpbin.url("/")).split("\n");
        assertTrue(lines[0].matches("Connected to 127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1\\) port \\d+"), lines[0]);
        assertTrue(lines[1].matches("Time: \\d+\\.\\d ms"), lines[1]);
    }

    @Test
    void onlyHttpUrls() {
        PackagedTool.Result ftp = run("get", "ftp://127.0.0.1/x");
        assertEquals(2, ftp.status());
        assertTrue(ftp.err().startsWith("Error: not an http or https URL"), ftp.err());
        PackagedTool.Result port = run("get", "http://127.0.0.1:99999/");
        assertEquals(2, port.status());
        assertEquals("Error: port out of range (0-65535) in URL: http://127.0.0.1:99999/\n", port.err());
        PackagedTool.Result noHost = run("connect", "http:///path-only");
        assertEquals(2, noHost.status());
        assertTrue(noHost.err().startsWith("Error: no host in URL"), noHost.err());
        PackagedTool.Result malformed = run("post", "http://exa mple/", "--json", "{}");
        assertEquals(2, malformed.status());
        assertEquals("Error: not a valid URL: 'http://exa mple/' (Illegal character in authority)\n", malformed.err());
    }

    @Test
    void urlsWithoutASchemeAreHttpAndABarePortIsLocalhost() {
        String port = String.valueOf(httpbin.port());
        String bare = ok("get", "-i", "127.0.0.1:" + port + "/get?via=bare");
        assertTrue(bare.startsWith("Status: 200\n"), bare);
        assertTrue(bare.contains("\"Host\": \"127.0.0.1:" + port + "\""), bare);
        assertTrue(ok("get", "-i", ":" + port + "/get").contains("\"Host\": \"localhost:" + port + "\""));
        assertTrue(ok("connect", "127.0.0.1:" + port).startsWith("Connected to 127.0.0.1 (127.0.0.1) port " + port
                + "\n"));
    }

    @Test
    void unicodeHostNamesAreResolvedInTheirAsciiForm() {
        PackagedTool.Result unknown = run("get", "http://bücher.invalid/");
        assertEquals(ExitCode.UNKNOWN_HOST, unknown.status());
        assertEquals("Error: could not resolve host xn--bcher-kva.invalid\n", unknown.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void unicodeHostNamesAreSentInTheirAsciiForm(String protocol) {
        String out = ok("get", "-i", protocol, "-x", "127.0.0.1:" + httpbin.port(), "http://user@bücher.invalid:80/get");
        assertTrue(out.contains("\"Host\": \"xn--bcher-kva.invalid"), out);
    }

    @Test
    void anInvalidUnicodeHostNameIsAUsageError() {
        PackagedTool.Result invalid = run("get", "http://a..ü/");
        assertEquals(2, invalid.status());
        assertTrue(invalid.err().startsWith("Error: not a valid host name: 'a..ü' ("), invalid.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--http1.1", "--http2"})
    void ipv6Literals(String protocol) {
        try (TestHttpbin ipv6 = TestHttpbin.on(ipv6Loopback())) {
            String out = ok("get", "-i", protocol, ipv6.url("/get"));
            assertTrue(out.contains("\"Host\": \"[::1]:" + ipv6.port() + "\""), out);
        }
    }

    @Test
    void connectReachesIpv6Literals() {
        try (TestHttpbin ipv6 = TestHttpbin.on(ipv6Loopback())) {
            String connected = ok("connect", ipv6.url("/"));
            assertTrue(connected.startsWith("Connected to [::1] ("), connected);
        }
    }

    private static InetAddress ipv6Loopback() {
        try {
            return InetAddress.getByName("::1");
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
