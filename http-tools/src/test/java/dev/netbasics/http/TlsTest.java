package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a certificate made for the test: refused by default, trusted with --cacert, or with -k. */
class TlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private TestHttpbin httpbin;
    private Path caPem;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws Exception {
        Path keystore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
        caPem = dir.resolve("ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", caPem.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        httpbin = TestHttpbin.tls(context);
    }

    @AfterEach
    void stop() {
        httpbin.close();
    }

    private static void keytool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void unknownCertificateIsRefusedByDefault() {
        assertEquals(1, run("get", httpbin.url("/get")));
        assertTrue(err.toString().startsWith("Error: TLS with 127.0.0.1:"), err.toString());
        assertTrue(err.toString().contains("--cacert"), err.toString());
        assertEquals(1, run("get", "--http1.1", httpbin.url("/get")));
        assertEquals(1, run("connect", httpbin.url("/")));
    }

    @Test
    void privateCaIsTrustedWithCacert() {
        assertEquals(0, run("get", "--cacert", caPem.toString(), httpbin.url("/get")));
        assertTrue(out.toString().startsWith("Status: 200\n"), out.toString());
        assertEquals(0, run("get", "--http1.1", "--cacert", caPem.toString(), httpbin.url("/get")));
        assertTrue(out.toString().startsWith("Status: 200\n"), out.toString());
        assertEquals(0, run("post", "--cacert", caPem.toString(), httpbin.url("/post"), "--json", "[1, 2]"));
        assertTrue(out.toString().contains("\"data\": \"[1, 2]\""), out.toString());
        assertEquals(0, run("connect", "--cacert", caPem.toString(), httpbin.url("/")));
        assertTrue(out.toString().contains("\nTLS: TLSv1.3, "), out.toString());
    }

    @Test
    void insecureOnlyOnRequest() {
        assertEquals(0, run("get", "-k", httpbin.url("/get")));
        assertEquals(0, run("get", "-k", "--http1.1", httpbin.url("/get")));
    }
}
