package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explicit FTPS against MINA FtpServer with a test certificate: verified by default, --cacert, --insecure. */
class TlsIT {

    private static final Map<String, String> STUDENT = ToolRun.password(MinaServer.PASSWORD);

    @TempDir
    static Path root;

    @TempDir
    static Path certificates;

    private static TestCertificate certificate;
    private static MinaServer server;
    private static byte[] content;

    @TempDir
    Path local;

    @BeforeAll
    static void startServer() throws Exception {
        certificate = TestCertificate.create(certificates);
        content = new byte[300_000];
        new Random(3).nextBytes(content);
        Files.write(root.resolve("secret.bin"), content);
        server = MinaServer.start(root, "127.0.0.1", certificate);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String port() {
        return Integer.toString(server.port());
    }

    @Test
    void getOverTlsWithTheTestCa() throws Exception {
        ToolRun run = ToolRun.run(STUDENT, "get", "127.0.0.1", "-p", port(), "-u", "student", "--tls", "--cacert",
                certificate.certificatePem().toString(), "--to", local.toString(), "--verbose");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> AUTH TLS") && run.err.contains("> PBSZ 0") && run.err.contains("> PROT P"),
                run.err);
        assertTrue(run.err.contains("> PASS ****"), run.err);
        assertArrayEquals(content, Files.readAllBytes(local.resolve("secret.bin")));
    }

    @Test
    void welcomeOverTlsShowsTheBannerSentBeforeAuthTls() {
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", port(), "--tls", "--cacert",
                certificate.certificatePem().toString());
        assertEquals(0, run.status, run.toString());
        assertEquals("220 Service ready for new user.\n", run.out);
    }

    @Test
    void anUntrustedCertificateIsATlsFailure() {
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", port(), "--tls");
        assertEquals(ExitCode.TLS, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: TLS with 127.0.0.1 port " + port()
                + " failed: the server's certificate is not trusted"), run.err);
    }

    @Test
    void insecureSkipsVerificationOnRequest() throws Exception {
        Path upload = local.resolve("up.bin");
        Files.write(upload, content);
        ToolRun put = ToolRun.run(STUDENT, "put", "127.0.0.1", "-p", port(), "-u", "student", "--tls", "--insecure",
                "--force", upload.toString());
        assertEquals(0, put.status, put.toString());
        assertArrayEquals(content, Files.readAllBytes(root.resolve("up.bin")));
    }

    @Test
    void activeModeListsOverTls() {
        ToolRun ls = ToolRun.run("ls", "127.0.0.1", "-p", port(), "--tls", "-k", "--active");
        assertEquals(0, ls.status, ls.toString());
        assertTrue(ls.out.contains("secret.bin"), ls.out);
    }

    @Test
    void tlsOptionsWithoutTlsAreAUsageError() {
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", port(), "--insecure");
        assertEquals(2, run.status, run.toString());
    }
}
