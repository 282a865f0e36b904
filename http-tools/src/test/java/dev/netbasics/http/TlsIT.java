package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.NginxPeer;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS against a real TLS server on loopback whose certificate a private CA signed, through both JDK clients and
 * {@code connect}: refused by the JDK's own trust store, trusted with {@code --cacert}, a certificate for another
 * name refused even then, and anything taken with {@code -k}.
 */
class TlsIT {

    /** Each client once: cli-support's HTTP/1.1 client, java.net.http (h2 by ALPN), and connect's own socket. */
    private static final List<String> CLIENTS = List.of("get", "get --http2", "post", "connect");

    @TempDir
    static Path dir;

    private static PrivateCa ca;
    private static KeyStore localhost;
    private static KeyStore elsewhere;

    @RegisterExtension
    final TestHttpbin httpbin = TestHttpbin.tls(PrivateCa.serverContext(localhost));

    @RegisterExtension
    final TestHttpbin misnamed = TestHttpbin.tls(PrivateCa.serverContext(elsewhere));

    @BeforeAll
    static void makeCertificates() {
        ca = PrivateCa.create(dir);
        localhost = ca.issue("localhost", "ip:127.0.0.1", "dns:localhost");
        elsewhere = ca.issue("elsewhere", "dns:elsewhere.invalid");
    }

    private static PackagedTool.Result run(String client, TestHttpbin server, String... options) {
        List<String> args = new ArrayList<>(switch (client) {
            case "get" -> List.of("get", server.url("/get"));
            case "get --http2" -> List.of("get", "--http2", server.url("/get"));
            case "post" -> List.of("post", server.url("/post"), "--json", "[1, 2]");
            default -> List.of("connect", server.url("/"));
        });
        args.addAll(List.of(options));
        return PackagedTool.of(args.toArray(String[]::new)).run();
    }

    @Test
    void aPrivateCaIsRefusedByTheJdkTrustStore() {
        for (String client : CLIENTS) {
            PackagedTool.Result run = run(client, httpbin);
            assertEquals(ExitCode.TLS, run.status(), client + ": " + run.err());
            assertTrue(run.err().startsWith("Error: TLS with 127.0.0.1:" + httpbin.port() + " failed: "),
                    client + ": " + run.err());
            // Refused for want of a path to a trusted CA, so the JDK's CAs were there to try: an empty or
            // unreadable trust store fails with "the trustAnchors parameter must be non-empty" instead.
            assertTrue(run.err().endsWith("the server's certificate is not trusted (no trusted CA signed it); trust"
                    + " its CA with --cacert FILE, or use -k to skip the check\n"), client + ": " + run.err());
        }
    }

    @Test
    void aPrivateCaIsTrustedWithCacert() {
        for (String client : CLIENTS) {
            PackagedTool.Result run = run(client, httpbin, "--cacert", ca.certificate().toString());
            assertEquals(0, run.status(), client + ": " + run.err());
            String out = run.outAsUtf8();
            switch (client) {
                case "post" -> assertTrue(out.contains("\"data\": \"[1, 2]\""), out);
                case "connect" -> assertTrue(out.contains("\nTLS: TLSv1.3, TLS_")
                        && out.contains(", certificate for CN=localhost\n"), out);
                default -> assertTrue(out.startsWith("Status: 200"), client + ": " + out);
            }
        }
    }

    @Test
    void aCertificateForAnotherNameIsRefusedEvenFromTheTrustedCa() {
        for (String client : CLIENTS) {
            PackagedTool.Result run = run(client, misnamed, "--cacert", ca.certificate().toString());
            assertEquals(ExitCode.TLS, run.status(), client + ": " + run.err());
            assertTrue(run.err().startsWith("Error: TLS with 127.0.0.1:" + misnamed.port() + " failed: "),
                    client + ": " + run.err());
            assertTrue(run.err().contains("127.0.0.1"), client + ": " + run.err());
        }
    }

    @Test
    void insecureTakesAnyCertificateForAnyNameOnlyOnRequest() {
        for (String client : CLIENTS) {
            PackagedTool.Result run = run(client, misnamed, "-k");
            assertEquals(0, run.status(), client + ": " + run.err());
        }
    }

    /**
     * Issue 22: the book's get_example.py fetches an https URL with http.client over HTTP/1.1 and prints the
     * headers as received; get prints the same two lines (the Date aside, which may tick between the runs).
     */
    @Test
    void getPrintsWhatTheBooksHttpsExamplePrints() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Prerequisites.requireExecutable(python, "python3");
        String url = httpbin.url("/status/200");
        ProcessBuilder builder = new ProcessBuilder(python.toString(), Path.of("..", "dist", "python",
                "get_example.py").toString(), url).redirectErrorStream(true);
        builder.environment().put("SSL_CERT_FILE", ca.certificate().toString());
        Process book = builder.start();
        String expected = new String(book.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, book.waitFor(), expected);
        PackagedTool.Result run = PackagedTool.of("get", url, "--cacert", ca.certificate().toString()).run();
        assertEquals(0, run.status(), run.err());
        assertEquals(withoutDate(expected), withoutDate(run.outAsUtf8()));
        assertTrue(expected.startsWith("Status: 200\nHeaders: [('"), expected);
    }

    private static String withoutDate(String lines) {
        return lines.replaceAll("\\('Date', '[^']*'\\), ", "");
    }

    /** Plain HTTP to a TLS port: the server's TLS alert or its reset is named, with the URL that works. */
    @Test
    void plainHttpToATlsPortSaysToUseHttps() {
        PackagedTool.Result run = PackagedTool.of("get", httpbin.url("/get").replace("https://", "http://")).run();
        assertTrue(run.status() == ExitCode.PROTOCOL || run.status() == ExitCode.FAILURE, run.err());
        assertTrue(run.err().contains("https://"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    /** TLS to nginx's plain-HTTP port: its HTTP answer where a TLS one was expected is named, with http://. */
    @Test
    void httpsToAPlainPortSaysToUseHttp() throws Exception {
        Path work = Files.createDirectories(dir.resolve("nginx-" + System.nanoTime()));
        try (NginxPeer plain = NginxPeer.serve(work, work)) {
            String url = "https://127.0.0.1:" + plain.port() + "/get";
            for (List<String> args : List.of(List.of("get", url), List.of("get", "--http2", url),
                    List.of("post", url, "-d", "x"), List.of("connect", url))) {
                PackagedTool.Result run = PackagedTool.of(args.toArray(String[]::new)).run();
                assertEquals(ExitCode.TLS, run.status(), args + ": " + run.err());
                assertTrue(run.err().endsWith("the server did not answer in TLS: is this a plain-text port (http://,"
                        + " not https://)?\n"), args + ": " + run.err());
            }
        }
    }

    @Test
    void aCacertThatIsNoCertificateIsAUsageError() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "not a certificate\n");
        PackagedTool.Result garbage = run("get", httpbin, "--cacert", notPem.toString());
        assertEquals(2, garbage.status(), garbage.err());
        assertTrue(garbage.err().startsWith("Error: "), garbage.err());
        assertTrue(garbage.err().contains(notPem.toString()), garbage.err());
        Path missing = dir.resolve("missing.pem");
        PackagedTool.Result absent = run("connect", httpbin, "--cacert", missing.toString());
        assertEquals(2, absent.status(), absent.err());
        assertEquals("Error: cannot read --cacert " + missing + "\n", absent.err());
    }
}
