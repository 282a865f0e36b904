package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.ScriptedHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Redirects by RFC 9110 §15.4 and curl's rules for credentials, against scripted servers on loopback: where the
 * Location leads (encoded as curl and urllib encode it), which method and body follow, which credentials stay
 * behind, and what a redirect may never do (choose the -O file name, lead to file: or ftp:).
 */
class RedirectRulesIT {

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    @AutoClose
    final ScriptedHttpServer otherHost = ScriptedHttpServer.start();

    @TempDir
    Path dir;

    private static String redirect(int status, String location) {
        return "HTTP/1.1 " + status + " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
    }

    private static String requestLine(String head) {
        return head.lines().findFirst().orElseThrow();
    }

    private static PackagedTool.Result run(String... args) {
        return PackagedTool.of(args).run();
    }

    /** RFC 9110 §15.4: the target is a URI reference; curl and urllib percent-encode what a URI cannot hold. */
    @ParameterizedTest(name = "Location: {0}")
    @CsvSource(delimiter = '|', value = {
        "/a b?q=1 2          | GET /a%20b?q=1%202 HTTP/1.1",
        "/café               | GET /caf%C3%A9 HTTP/1.1",
        "/already%20encoded  | GET /already%20encoded HTTP/1.1",
        "../up/here          | GET /up/here HTTP/1.1",
        "next#fragment       | GET /dir/next HTTP/1.1",
        "/100%               | GET /100%25 HTTP/1.1",
    })
    void theLocationIsFollowedAsCurlAndUrllibEncodeIt(String location, String expectedLine) {
        // raw UTF-8 bytes in the field, as a server writes them: read as ISO-8859-1, one char per byte
        String raw = new String(location.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        server.answer("/dir/start", redirect(302, raw)).answer("/a b", OK).answer("/a%20b", OK)
                .answer("/caf%C3%A9", OK).answer("/already%20encoded", OK).answer("/up/here", OK)
                .answer("/dir/next", OK).answer("/100%25", OK);
        PackagedTool.Result run = run("get", "-L", server.url("/dir/start"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().startsWith("Status: 200\n"), run.outAsUtf8());
        assertEquals(expectedLine, requestLine(server.requests().get(1)));
    }

    /** RFC 9110 §15.4.2-§15.4.4 and §15.4.8-9: 301/302 may turn POST into GET (all clients do), 303 must; 307 and 308 keep both. */
    @ParameterizedTest(name = "{0} after POST: {1}")
    @CsvSource({"301, GET", "302, GET", "303, GET", "307, POST", "308, POST"})
    void theMethodAfterARedirectIsTheRfcs(int status, String method) {
        server.answer("/start", redirect(status, "/next")).answer("/next", OK);
        PackagedTool.Result run = run("post", "-L", server.url("/start"), "-d", "a=1");
        assertEquals(0, run.status(), run.err());
        String followed = server.requests().get(1);
        assertTrue(followed.startsWith(method + " /next HTTP/1.1\r\n"), followed);
        assertEquals(method.equals("POST"), followed.contains("Content-Type: application/x-www-form-urlencoded"),
                followed);
    }

    /** curl's CVE-2018-1000007 and CVE-2022-27776: neither -u, the URL's credentials, nor a Cookie go elsewhere. */
    @Test
    void credentialsStayBehindOnARedirectToAnotherOrigin() {
        server.answer("/start", redirect(302, otherHost.url("/landing")));
        otherHost.answer("/landing", OK);
        PackagedTool.Result run = run("get", "-L", "-u", "user:secret", "-H", "Cookie: session=1",
                server.url("/start"));
        assertEquals(0, run.status(), run.err());
        String first = server.requests().getFirst();
        assertTrue(first.contains("\r\nAuthorization: Basic dXNlcjpzZWNyZXQ=\r\n"), first);
        assertTrue(first.contains("\r\nCookie: session=1\r\n"), first);
        String second = otherHost.requests().getFirst();
        assertFalse(second.contains("Authorization") || second.contains("Cookie"), second);
    }

    @Test
    void theUrlsCredentialsAreBasicAuthenticationAndStayBehindToo() {
        server.answer("/start", redirect(302, otherHost.url("/landing")));
        otherHost.answer("/landing", OK);
        String url = server.url("/start").replace("http://", "http://us%65r:p%40ss@");
        PackagedTool.Result run = run("get", "-L", url);
        assertEquals(0, run.status(), run.err());
        String first = server.requests().getFirst();
        assertTrue(first.startsWith("GET /start HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"), first);
        assertTrue(first.contains("\r\nAuthorization: Basic dXNlcjpwQHNz\r\n"), "user:p@ss: " + first);
        assertFalse(otherHost.requests().getFirst().contains("Authorization"), otherHost.requests().getFirst());
    }

    @Test
    void locationTrustedSendsThemOnAsAsked() {
        server.answer("/start", redirect(302, otherHost.url("/landing")));
        otherHost.answer("/landing", OK);
        PackagedTool.Result run = run("get", "-L", "--location-trusted", "-u", "user:secret", "-H", "Cookie: a=1",
                server.url("/start"));
        assertEquals(0, run.status(), run.err());
        String second = otherHost.requests().getFirst();
        assertTrue(second.contains("Authorization: Basic") && second.contains("Cookie: a=1"), second);
    }

    @Test
    void credentialsGoOnWithinTheSameOrigin() {
        server.answer("/start", redirect(302, "/landing")).answer("/landing", OK);
        assertEquals(0, run("get", "-L", "-u", "user:secret", server.url("/start")).status());
        assertTrue(server.requests().get(1).contains("Authorization: Basic"), server.requests().get(1));
    }

    /** The wget CVE-2010-2252 class: the server cannot choose the file -O writes. */
    @Test
    void remoteNameIsTheUrlTypedNeverTheRedirectsTarget() throws Exception {
        server.answer("/report.txt", redirect(302, "/x/.bashrc")).answer("/x/.bashrc", OK);
        Process process = new ProcessBuilder(PackagedTool.of("get", "-L", "-O", server.url("/report.txt")).command())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("report.txt")), files.toList());
        }
        assertEquals("ok", Files.readString(dir.resolve("report.txt")));
    }

    @ParameterizedTest(name = "-O {0}")
    @CsvSource(delimiter = '|', value = {
        "/.bashrc      | -O: '.bashrc' would be a hidden file; use -o FILE",
        "/dir/         | -O: the URL names no file; use -o FILE",
        "/a%2F..%2Fb   | ",
    })
    void remoteNameIsNeverAHiddenFileNorAnotherDirectory(String path, String error) throws Exception {
        server.answer(path, OK);
        Process process = new ProcessBuilder(PackagedTool.of("get", "-O", server.url(path)).command())
                .directory(dir.toFile()).start();
        String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (error == null) {
            assertEquals(0, status, err);
            try (var files = Files.list(dir)) {
                assertEquals(List.of(dir.resolve("a%2F..%2Fb")), files.toList(), "not decoded into a path");
            }
        } else {
            assertEquals(ExitCode.USAGE, status);
            assertEquals("Error: " + error + "\n", err);
            assertTrue(server.requests().isEmpty(), "refused before anything was sent");
        }
    }

    @Test
    void remoteNameOverwritesOnlyWithForce() throws Exception {
        server.answer("/report.txt", OK);
        Files.writeString(dir.resolve("report.txt"), "mine");
        List<String> command = PackagedTool.of("get", "-O", server.url("/report.txt")).command();
        Process refused = new ProcessBuilder(command).directory(dir.toFile()).start();
        String err = new String(refused.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ExitCode.USAGE, refused.waitFor());
        assertEquals("Error: -O: report.txt exists; add --force to overwrite it, or use -o FILE\n", err);
        assertEquals("mine", Files.readString(dir.resolve("report.txt")));
        List<String> forced = new java.util.ArrayList<>(command);
        forced.add("--force");
        Process overwrite = new ProcessBuilder(forced).directory(dir.toFile()).start();
        overwrite.getErrorStream().readAllBytes();
        assertEquals(0, overwrite.waitFor());
        assertEquals("ok", Files.readString(dir.resolve("report.txt")));
    }

    /** The server's choice, so a failure (1), not a usage error (2); and its text is escaped. */
    @ParameterizedTest(name = "Location: {0}")
    @CsvSource({"file:///etc/passwd", "ftp://127.0.0.1/x", "mailto:root@localhost"})
    void aRedirectAwayFromHttpIsNotFollowed(String location) {
        server.answer("/start", redirect(302, location));
        PackagedTool.Result run = run("get", "-L", server.url("/start"));
        assertEquals(ExitCode.FAILURE, run.status(), run.err());
        assertEquals("Error: the server redirected to '" + location + "', not to an http or https URL; not followed\n",
                run.err());
    }

    @Test
    void aRedirectWithoutLocationIsTheAnswer() {
        server.answer("/start", "HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n");
        PackagedTool.Result run = run("get", "-L", server.url("/start"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().startsWith("Status: 302\n"), run.outAsUtf8());
    }

    @Test
    void aRedirectLoopEndsAtMaxRedirs() {
        server.answer("/loop", redirect(302, "/loop"));
        PackagedTool.Result run = run("get", "-L", "--max-redirs", "3", server.url("/loop"));
        assertEquals(ExitCode.FAILURE, run.status());
        assertTrue(run.err().startsWith("Error: more than 3 redirects"), run.err());
        assertEquals(4, server.requests().size());
    }
}
