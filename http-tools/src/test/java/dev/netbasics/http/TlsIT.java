package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
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

    /** Each client once: java.net.http (h2 by ALPN, else HTTP/1.1), HttpURLConnection, and connect's own socket. */
    private static final List<String> CLIENTS = List.of("get", "get --http1.1", "post", "connect");

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
            case "get --http1.1" -> List.of("get", "--http1.1", server.url("/get"));
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
                default -> assertTrue(out.startsWith("Status: 200\n"), client + ": " + out);
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
