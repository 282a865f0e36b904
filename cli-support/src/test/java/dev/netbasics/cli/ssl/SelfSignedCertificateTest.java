package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-signed certificate as OpenSSL reads it: every expected value is OpenSSL's wording of RFC 5280. */
class SelfSignedCertificateTest {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    @TempDir
    Path dir;

    private ServerIdentity identity;
    private Path pem;

    @BeforeAll
    static void needsOpenSsl() {
        OpenSsl.require();
    }

    @BeforeEach
    void make() throws Exception {
        identity = SelfSignedCertificate.create(List.of("localhost", "chat.example"),
                List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")), NOW, Duration.ofDays(30));
        pem = Files.writeString(dir.resolve("cert.pem"), identity.certificatePem());
    }

    private String text() throws Exception {
        return OpenSsl.run(dir, "x509", "-in", "cert.pem", "-noout", "-text");
    }

    @Test
    void namesEveryDnsNameAndAddress() throws Exception {
        assertTrue(text().contains(
                "DNS:localhost, DNS:chat.example, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1\n"), text());
    }

    @Test
    void isAnEcP256KeySignedWithEcdsaSha256() throws Exception {
        String text = text();
        assertTrue(text.contains("Public Key Algorithm: id-ecPublicKey"), text);
        assertTrue(text.contains("NIST CURVE: P-256"), text);
        assertTrue(text.contains("Signature Algorithm: ecdsa-with-SHA256"), text);
    }

    @Test
    void isAVersion3EndEntityForServers() throws Exception {
        String text = text();
        assertTrue(text.contains("Version: 3 (0x2)"), text);
        assertTrue(text.contains("X509v3 Basic Constraints: critical\n                CA:FALSE"), text);
        assertTrue(text.contains("X509v3 Extended Key Usage: \n                TLS Web Server Authentication"), text);
    }

    @Test
    void isValidFromAnHourAgoForTheAskedTime() throws Exception {
        String dates = OpenSsl.run(dir, "x509", "-in", "cert.pem", "-noout", "-startdate", "-enddate");
        assertEquals("notBefore=Jun  1 11:00:00 2030 GMT\nnotAfter=Jul  1 12:00:00 2030 GMT\n", dates);
    }

    @Test
    void subjectAndIssuerAreTheFirstName() throws Exception {
        String names = OpenSsl.run(dir, "x509", "-in", "cert.pem", "-noout", "-subject", "-issuer");
        assertEquals("subject=CN = localhost\nissuer=CN = localhost\n", names);
    }

    @Test
    void theFingerprintIsTheOneOpenSslPrints() throws Exception {
        assertEquals("sha256 Fingerprint=" + identity.fingerprint() + "\n",
                OpenSsl.run(dir, "x509", "-in", "cert.pem", "-noout", "-fingerprint", "-sha256"));
    }

    @Test
    void opensslVerifiesItAsItsOwnTrustAnchorForItsNames() throws Exception {
        String verified = OpenSsl.run(dir, "verify", "-attime", Long.toString(NOW.getEpochSecond()),
                "-CAfile", "cert.pem", "-verify_hostname", "chat.example", "-verify_ip", "::1", "cert.pem");
        assertEquals("cert.pem: OK\n", verified);
    }

    @Test
    void theJdkReadsItAndItsSignatureIsItsOwn() throws Exception {
        X509Certificate certificate = identity.certificate();
        certificate.verify(certificate.getPublicKey());
        certificate.checkValidity(java.util.Date.from(NOW));
        assertEquals(identity.certificatePem(), Files.readString(pem));
    }

    @Test
    void eachCertificateHasItsOwnKeyAndSerial() throws Exception {
        ServerIdentity other = SelfSignedCertificate.create(List.of("localhost"), List.of(), NOW, Duration.ofDays(1));
        assertTrue(!other.certificate().getSerialNumber().equals(identity.certificate().getSerialNumber()));
        assertTrue(other.certificate().getSerialNumber().signum() > 0);
        assertTrue(!other.certificate().getPublicKey().equals(identity.certificate().getPublicKey()));
    }
}
