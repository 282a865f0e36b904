package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server TLS options' rules, shared by socket-chat and static-server. */
class ServerCertificateChoiceTest {

    private static final Path FILE = Path.of("server.pem");

    @TempDir
    Path directory;

    @Test
    void aCertificateFileImpliesTls() {
        assertFalse(new ServerCertificateChoice(false, null, null, null).enabled());
        assertTrue(new ServerCertificateChoice(true, null, null, null).enabled());
        assertTrue(new ServerCertificateChoice(false, FILE, null, null).enabled());
    }

    @Test
    void aKeyNeedsACertificateAndSavingNeedsTls() {
        assertEquals("--tls-key needs --tls-cert", new ServerCertificateChoice(true, null, FILE, null).problem());
        assertEquals("--tls-save-cert needs --tls or --tls-cert",
                new ServerCertificateChoice(false, null, null, FILE).problem());
        assertNull(new ServerCertificateChoice(true, null, null, FILE).problem());
        assertNull(new ServerCertificateChoice(false, FILE, FILE, FILE).problem());
    }

    @Test
    void aSelfSignedCertificateIsSavedAndAnnouncedWithItsFingerprint() throws Exception {
        Path saved = directory.resolve("saved.pem");
        ServerCertificateChoice choice = new ServerCertificateChoice(true, null, null, saved);
        ServerIdentity identity = choice.identity(InetAddress.getLoopbackAddress(), List.of());
        assertEquals(identity.certificatePem(), Files.readString(saved));
        assertEquals("TLS certificate (self-signed), SHA-256 fingerprint " + identity.fingerprint(),
                choice.announcement(identity));
    }
}
