package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys and certificates made by openssl, loaded and presented in a real handshake to a verifying JDK client. */
class ServerIdentityTest {

    private static final String EC_KEY = "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsOpenSsl() {
        OpenSsl.require();
    }

    private void openssl(String arguments) throws Exception {
        OpenSsl.run(dir, arguments.split(" "));
    }

    /** A certificate for localhost and 127.0.0.1 on the key in key.pem, written to cert.pem. */
    private void certifyKey() throws Exception {
        OpenSsl.run(dir, "req", "-new", "-x509", "-key", "key.pem", "-subj", "/CN=localhost", "-days", "2",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-out", "cert.pem");
    }

    /** The three key formats OpenSSL writes, RSA and EC, with and without the curve parameters block before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem | PRIVATE KEY",
        EC_KEY + "                                                          | PRIVATE KEY",
        "genrsa -traditional -out key.pem 2048                              | RSA PRIVATE KEY",
        "ecparam -name prime256v1 -genkey -out key.pem                      | EC PRIVATE KEY",
        "ecparam -name secp384r1 -genkey -noout -out key.pem                | EC PRIVATE KEY"
    })
    void loadsOpenSslKeysOfEachFormatAndPresentsThem(String generate, String label) throws Exception {
        openssl(generate);
        assertTrue(Files.readString(dir.resolve("key.pem")).contains("-----BEGIN " + label + "-----\n"),
                "openssl wrote a " + label);
        certifyKey();
        ServerIdentity identity = ServerIdentity.load(dir.resolve("cert.pem"), dir.resolve("key.pem"));
        SSLSession session = handshake(identity, dir.resolve("cert.pem"), "TLSv1.3");
        assertEquals(identity.certificate(), session.getPeerCertificates()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void speaksTls13And12(String protocol) throws Exception {
        openssl(EC_KEY);
        certifyKey();
        ServerIdentity identity = ServerIdentity.load(dir.resolve("cert.pem"), dir.resolve("key.pem"));
        assertEquals(protocol, handshake(identity, dir.resolve("cert.pem"), protocol).getProtocol());
    }

    @Test
    void theChainIsPresentedWhole() throws Exception {
        OpenSsl.run(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=Test CA", "-days", "2");
        openssl(EC_KEY);
        openssl("req -new -key key.pem -subj /CN=localhost -out leaf.csr");
        Files.writeString(dir.resolve("leaf.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl("x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile leaf.ext"
                + " -out leaf.pem");
        Path chain = Files.writeString(dir.resolve("chain.pem"),
                Files.readString(dir.resolve("leaf.pem")) + Files.readString(dir.resolve("ca.pem")));
        ServerIdentity identity = ServerIdentity.load(chain, dir.resolve("key.pem"));
        Certificate[] presented = handshake(identity, dir.resolve("ca.pem"), "TLSv1.3").getPeerCertificates();
        assertEquals(List.of(presented), List.copyOf(identity.chain()));
        assertEquals(2, presented.length);
    }

    @Test
    void aKeyInTheCertificateFileIsFoundThere() throws Exception {
        openssl(EC_KEY);
        certifyKey();
        Path both = Files.writeString(dir.resolve("both.pem"),
                Files.readString(dir.resolve("key.pem")) + Files.readString(dir.resolve("cert.pem")));
        ServerIdentity identity = ServerIdentity.load(both, null);
        assertEquals(identity.certificate(), handshake(identity, dir.resolve("cert.pem"), "TLSv1.3")
                .getPeerCertificates()[0]);
    }

    @Test
    void aCertificateFileWithoutKeyAsksForTheKeyFile() throws Exception {
        openssl(EC_KEY);
        certifyKey();
        assertUsageError("no private key in " + dir.resolve("cert.pem") + ": give the key file too (--tls-key FILE)",
                dir.resolve("cert.pem"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-128-cbc -pass pass:secret -out key.pem",
        "genrsa -traditional -aes128 -passout pass:secret -out key.pem 2048"
    })
    void anEncryptedKeyIsAUsageErrorThatSaysHowToDecryptIt(String generate) throws Exception {
        openssl(generate);
        Files.writeString(dir.resolve("cert.pem"), SelfSignedCertificate.create(List.of("localhost"), List.of())
                .certificatePem());
        Path key = dir.resolve("key.pem");
        assertUsageError("the private key in " + key + " is encrypted; decrypt it first (openssl pkey -in " + key
                + " -out PLAIN.pem)", dir.resolve("cert.pem"), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {EC_KEY, "genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem"})
    void aKeyOfAnotherCertificateIsAUsageError(String generateOther) throws Exception {
        openssl(EC_KEY);
        certifyKey();
        openssl(generateOther);
        assertUsageError("the private key in " + dir.resolve("key.pem") + " does not belong to the certificate in "
                + dir.resolve("cert.pem"), dir.resolve("cert.pem"), dir.resolve("key.pem"));
    }

    @Test
    void aFileWithoutCertificateIsAUsageError() throws Exception {
        openssl(EC_KEY);
        assertUsageError("no certificate (BEGIN CERTIFICATE) in " + dir.resolve("key.pem"), dir.resolve("key.pem"),
                dir.resolve("key.pem"));
    }

    @Test
    void theSavedCertificateIsTrustedByAVerifyingClient() throws Exception {
        ServerIdentity identity = ServerIdentity.selfSigned(List.of("localhost"),
                List.of(InetAddress.getByName("127.0.0.1")));
        Path saved = dir.resolve("saved.pem");
        identity.saveCertificate(saved);
        assertEquals(identity.certificate(), handshake(identity, saved, "TLSv1.3").getPeerCertificates()[0]);
    }

    private static void assertUsageError(String message, Path certificate, Path key) {
        ToolException refused = assertThrows(ToolException.class, () -> ServerIdentity.load(certificate, key));
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals(message, refused.getMessage());
    }

    /** A handshake with a client that trusts only {@code trusted} and checks the name localhost, as HTTPS does. */
    private static SSLSession handshake(ServerIdentity identity, Path trusted, String protocol) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (SSLServerSocket listener = (SSLServerSocket) identity.sslContext().getServerSocketFactory()
                .createServerSocket(0, 1, loopback)) {
            listener.setSoTimeout(30_000);
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) listener.accept()) {
                    accepted.setSoTimeout(30_000);
                    accepted.getOutputStream().write('!');
                    accepted.getInputStream().read();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Socket plain = new Socket(loopback, listener.getLocalPort());
            SSLSession session;
            // Closed before the server's end is awaited: closing a TLS 1.3 socket waits for the peer's close_notify.
            try (SSLSocket client = (SSLSocket) TlsTrust.of(trusted, false).context().getSocketFactory()
                    .createSocket(plain, "localhost", listener.getLocalPort(), true)) {
                client.setSoTimeout(30_000);
                SSLParameters parameters = client.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                parameters.setProtocols(new String[] {protocol});
                client.setSSLParameters(parameters);
                assertEquals('!', client.getInputStream().read());
                session = client.getSession();
                client.getOutputStream().write('.');
            }
            served.get(30, TimeUnit.SECONDS);
            return session;
        }
    }
}
