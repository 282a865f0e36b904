package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTrustTest {

    @TempDir
    Path dir;

    @Test
    void aMissingCaFileIsAUsageErrorBeforeAnythingIsSent() {
        ToolException missing = assertThrows(ToolException.class,
                () -> TlsTrust.of(dir.resolve("missing.pem"), false));
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.getMessage().startsWith("cannot read --cacert "), missing.getMessage());
    }

    @Test
    void aCaFileWithoutCertificatesIsAUsageError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "no certificate here\n");
        TlsTrust trust = TlsTrust.of(empty, false);
        ToolException bad = assertThrows(ToolException.class, trust::context);
        assertEquals(ExitCode.USAGE, bad.exitCode());
    }

    @Test
    void theContextIsBuiltOnce() {
        TlsTrust jdk = TlsTrust.of(null, false);
        assertTrue(jdk.verifies());
        assertSame(jdk.context(), jdk.context());
    }

    @Test
    void insecureSaysItDoesNotVerify() {
        assertFalse(TlsTrust.of(null, true).verifies());
    }

    @Test
    void anUntrustedCertificateIsRefusedByTheJdksCas() throws Exception {
        try (SelfSignedServer server = SelfSignedServer.start(dir)) {
            SSLHandshakeException refused = assertThrows(SSLHandshakeException.class,
                    () -> server.handshake(TlsTrust.of(null, false).context()));
            assertTrue(refused.getMessage().contains("PKIX path building failed"), refused.getMessage());
        }
    }

    @Test
    void anUntrustedCertificateIsAcceptedWithInsecure() throws Exception {
        try (SelfSignedServer server = SelfSignedServer.start(dir)) {
            assertEquals("CN=untrusted.test", server.handshake(TlsTrust.of(null, true).context()));
        }
    }

    @Test
    void aCertificateIsTrustedWhenItsPemIsTheCaFile() throws Exception {
        try (SelfSignedServer server = SelfSignedServer.start(dir)) {
            assertEquals("CN=untrusted.test", server.handshake(TlsTrust.of(server.certificatePem(), false).context()));
        }
    }

    /**
     * A TLS server on loopback with a self-signed certificate that keytool makes, which no CA signed: the peer a
     * client meets when someone else's (or nobody's) certificate stands where it expects a trusted one.
     */
    private record SelfSignedServer(SSLServerSocket socket, Path certificatePem, Thread acceptor)
            implements AutoCloseable {

        static SelfSignedServer start(Path dir) throws Exception {
            Path keystore = dir.resolve("server.p12");
            Path pem = dir.resolve("server.pem");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(keytool, "-genkeypair", "-keystore", keystore.toString(), "-storepass", "secret", "-alias", "server",
                    "-keyalg", "EC", "-dname", "CN=untrusted.test", "-validity", "2");
            run(keytool, "-exportcert", "-rfc", "-keystore", keystore.toString(), "-storepass", "secret",
                    "-alias", "server", "-file", pem.toString());
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(keystore)) {
                store.load(in, "secret".toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, "secret".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
                    .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (SSLSocket client = (SSLSocket) socket.accept()) {
                        client.startHandshake();
                        client.getOutputStream().write('!');
                    } catch (IOException e) {
                        // a refused handshake ends this connection; the next one is served
                    }
                }
            });
            return new SelfSignedServer(socket, pem, acceptor);
        }

        /** Connects with the client context and returns the subject of the certificate it accepted. */
        String handshake(SSLContext client) throws IOException {
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), this.socket.getLocalPort())) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                assertEquals('!', socket.getInputStream().read());
                return ((X509Certificate) socket.getSession().getPeerCertificates()[0])
                        .getSubjectX500Principal().getName();
            }
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), output);
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(Duration.ofSeconds(10));
        }
    }
}
