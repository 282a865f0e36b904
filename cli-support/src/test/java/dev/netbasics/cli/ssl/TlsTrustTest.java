package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTrustTest {

    @TempDir
    Path dir;

    @Test
    void aMissingCaFileIsAUsageErrorBeforeAnythingIsSent() {
        ToolException missing = assertThrows(ToolException.class,
                () -> TlsTrust.of(dir.resolve("missing.pem"), false));
        assertEquals(ToolException.USAGE, missing.exitCode());
        assertTrue(missing.getMessage().startsWith("cannot read --cacert "), missing.getMessage());
    }

    @Test
    void aCaFileWithoutCertificatesIsAUsageError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "no certificate here\n");
        TlsTrust trust = TlsTrust.of(empty, false);
        ToolException bad = assertThrows(ToolException.class, trust::context);
        assertEquals(ToolException.USAGE, bad.exitCode());
    }

    @Test
    void insecureTrustsWithoutVerifyingAndDefaultVerifies() {
        TlsTrust insecure = TlsTrust.of(null, true);
        assertFalse(insecure.verifies());
        assertNotNull(insecure.context());
        TlsTrust jdk = TlsTrust.of(null, false);
        assertTrue(jdk.verifies());
        assertNotNull(jdk.context());
        assertEquals(jdk.context(), jdk.context(), "built once");
    }
}
