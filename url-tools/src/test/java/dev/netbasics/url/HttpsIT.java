package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.NginxPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https against a server whose self-signed certificate keytool makes for the test: verified by default. */
class HttpsIT {

    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    Path directory;

    private HttpsServer server;
    private Path certificatePem;

    @BeforeEach
    void start() throws IOException, InterruptedException, GeneralSecurityException {
        Path keyStore = directory.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-alias", "server", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        certificatePem = Files.writeString(directory.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(store.getCertificate("server").getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            byte[] body = "secret page".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Checked against the JDK's CA store, which must be there (the native executable carries its own). */
    @Test
    void anUntrustedCertificateIsCertificateVerifyFailed() {
        ToolRun run = ToolRun.run("read", url());
        assertEquals(ExitCode.TLS, run.status());
        // Without CAs at all, the reason would be that "the trustAnchors parameter must be non-empty".
        assertEquals("Error: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: the server's"
                + " certificate is not trusted (no trusted CA signed it); trust its CA with --cacert FILE, or use -k to"
                + " skip the check>\n", run.err());
        assertEquals(0, run.out().length);
    }

    @Test
    void cacertTrustsThePrivateCa() {
        ToolRun run = ToolRun.run("read", "--cacert", certificatePem.toString(), url());
        assertEquals(0, run.status(), run.err());
        assertEquals("secret page", run.outText());
    }

    @Test
    void insecureTakesTheCertificateOnlyOnRequest() {
        ToolRun run = ToolRun.run("read", "-k", url());
        assertEquals(0, run.status(), run.err());
        assertEquals("secret page", run.outText());
    }

    /** Plain HTTP to a TLS port: the server's alert or reset is named, with the URL that works. */
    @Test
    void plainHttpToATlsPortSaysToUseHttps() {
        ToolRun run = ToolRun.run("read", url().replace("https://", "http://"));
        assertTrue(run.status() == ExitCode.PROTOCOL || run.status() == ExitCode.FAILURE, run.toString());
        assertTrue(run.err().contains("https://"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    /** TLS to nginx's plain-HTTP port: an HTTP answer where TLS was expected, named with the URL that works. */
    @Test
    void httpsToAPlainPortSaysToUseHttp() throws IOException {
        Path work = Files.createDirectories(directory.resolve("nginx"));
        try (NginxPeer plain = NginxPeer.serve(work, work)) {
            ToolRun run = ToolRun.run("read", "https://127.0.0.1:" + plain.port() + "/");
            assertEquals(ExitCode.TLS, run.status(), run.toString());
            assertEquals("Error: <urlopen error [SSL] the server did not answer in TLS: is this a plain-text port"
                    + " (http://, not https://)?>\n", run.err());
        }
    }

    @Test
    void aCacertFileWithoutCertificatesIsAUsageError() throws IOException {
        Path empty = Files.writeString(directory.resolve("empty.pem"), "nothing here\n");
        ToolRun run = ToolRun.run("read", "--cacert", empty.toString(), url());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Error: bad --cacert "), run.err());
    }

    private String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/";
    }
}
