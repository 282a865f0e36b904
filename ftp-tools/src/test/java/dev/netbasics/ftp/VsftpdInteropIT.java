package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.Prerequisites;
import dev.netbasics.ftp.client.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Side by side with the book's scripts (dist/python, Python's ftplib) against Debian's vsftpd: the same welcome,
 * STAT and PWD output and byte-identical downloads, for anonymous and a local user; and FTPS downloads that
 * vsftpd's default require_ssl_reuse=YES accepts only with TLS session reuse, verified with --cacert or not at all
 * with -k. Needs vsftpd, root (vsftpd chroots; the local user is made with useradd) and python3.
 */
class VsftpdInteropIT {

    private static final Path SCRIPTS = Path.of("..", "dist", "python").toAbsolutePath().normalize();
    private static final String ANONYMOUS = "anonymous";
    private static final String LOCAL = "local";

    private static Path work;
    private static Path root;
    private static Vsftpd plain;
    private static Vsftpd secure;
    private static TestCertificate certificate;
    private static LocalUser localUser;

    @TempDir
    Path local;

    @BeforeAll
    static void startVsftpd() throws Exception {
        Vsftpd.require();
        // vsftpd's unprivileged users must reach the root: a world-readable tree, not the private @TempDir
        work = Files.createTempDirectory("ftp-tools-vsftpd");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        root = Files.createDirectory(work.resolve("root"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(root.resolve("hello"), "hello\n");
        byte[] binary = new byte[200_000];
        new Random(11).nextBytes(binary);
        Files.write(root.resolve("hello.c"), binary);
        Files.writeString(root.resolve("sample.txt"), "line one\r\nline two\n");
        try (var files = Files.list(root)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        localUser = LocalUser.create("nbftptest", root);
        certificate = TestCertificate.create(work);
        plain = Vsftpd.start(work, "plain", root, null, false);
        secure = Vsftpd.start(work, "tls", root, certificate, false);
    }

    @AfterAll
    static void stopVsftpd() throws Exception {
        if (plain != null) {
            plain.close();
        }
        if (secure != null) {
            secure.close();
        }
        if (localUser != null) {
            localUser.close();
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String user(String who) {
        return who.equals(LOCAL) ? localUser.name : ANONYMOUS;
    }

    private static Map<String, String> environment(String who) {
        return who.equals(LOCAL) ? localUser.environment() : Map.of();
    }

    @ParameterizedTest
    @ValueSource(strings = {ANONYMOUS, LOCAL})
    void welcomeIsWhatGetWelcomeMsgPyPrints(String who) throws Exception {
        ToolRun tool = ToolRun.run(environment(who), "welcome", "127.0.0.1", "-p", port(), "-u", user(who));
        assertEquals(0, tool.status, tool.toString());
        assertEquals("220 " + Vsftpd.BANNER + "\n", tool.out);
        assertEquals(python(environment(who), "get_welcome_msg.py", "127.0.0.1", port(), user(who)), tool.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {ANONYMOUS, LOCAL})
    void statAndPwdAreWhatSendCommandPyPrints(String who) throws Exception {
        ToolRun tool = ToolRun.run(environment(who), "cmd", "127.0.0.1", "-p", port(), "-u", user(who), "STAT", "PWD");
        assertEquals(0, tool.status, tool.toString());
        assertTrue(tool.out.startsWith("211-FTP server status:\n     Connected to 127.0.0.1\n"), tool.out);
        assertTrue(tool.out.contains("Logged in as " + (who.equals(LOCAL) ? localUser.name : "ftp")), tool.out);
        assertTrue(tool.out.endsWith("211 End of status\n\n257 \"/\" is the current directory\n\n"), tool.out);
        assertEquals(sessionCountFree(python(environment(who), "send_command.py", "127.0.0.1", port(), user(who))),
                sessionCountFree(tool.out));
    }

    @ParameterizedTest
    @ValueSource(strings = {ANONYMOUS, LOCAL})
    void downloadsAreByteIdenticalToGetFtpFilesPy(String who) throws Exception {
        Path byTool = Files.createDirectory(local.resolve("tool"));
        Path byPython = Files.createDirectory(local.resolve("python"));
        ToolRun tool = ToolRun.run(environment(who), "get", "127.0.0.1", "-p", port(), "-u", user(who), "--to",
                byTool.toString());
        assertEquals(0, tool.status, tool.toString());
        assertEquals("['hello', 'hello.c', 'sample.txt']\nDownloading...hello\nDownloading...hello.c\n"
                + "Downloading...sample.txt\n", tool.out);
        assertEquals(python(environment(who), "get_ftp_files.py", "127.0.0.1", port(), user(who), "/",
                byPython.toString()), tool.out);
        for (String name : List.of("hello", "hello.c", "sample.txt")) {
            assertArrayEquals(Files.readAllBytes(root.resolve(name)), Files.readAllBytes(byTool.resolve(name)), name);
            assertArrayEquals(Files.readAllBytes(byPython.resolve(name)), Files.readAllBytes(byTool.resolve(name)), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ANONYMOUS, LOCAL})
    void ftpsDownloadsResumeTheControlSessionAsVsftpdRequires(String who) throws IOException {
        ToolRun tool = ToolRun.run(environment(who), "get", "127.0.0.1", "-p", Integer.toString(secure.port()), "-u",
                user(who), "--tls", "--cacert", certificate.certificatePem().toString(), "--to", local.toString());
        assertEquals(0, tool.status, tool.toString());
        for (String name : List.of("hello", "hello.c", "sample.txt")) {
            assertArrayEquals(Files.readAllBytes(root.resolve(name)), Files.readAllBytes(local.resolve(name)), name);
        }
    }

    @Test
    void ftpsListingsInActiveModeResumeTheSessionToo() {
        ToolRun ls = ToolRun.run("ls", "127.0.0.1", "-p", Integer.toString(secure.port()), "--tls", "--cacert",
                certificate.certificatePem().toString(), "--active");
        assertEquals(0, ls.status, ls.toString());
        assertTrue(ls.out.lines().anyMatch(line -> line.startsWith("-") && line.endsWith(" hello.c")), ls.out);
    }

    @Test
    void anUntrustedCertificateIsATlsFailure() {
        String port = Integer.toString(secure.port());
        ToolRun untrusted = ToolRun.run("welcome", "127.0.0.1", "-p", port, "--tls");
        assertEquals(ExitCode.TLS, untrusted.status, untrusted.toString());
        assertTrue(untrusted.err.startsWith("Error: TLS with 127.0.0.1 port " + port
                + " failed: the server's certificate is not trusted"), untrusted.err);
    }

    @Test
    void insecureSkipsVerificationOnRequest() throws IOException {
        ToolRun insecure = ToolRun.run("get", "127.0.0.1", "-p", Integer.toString(secure.port()), "--tls", "-k", "--to",
                local.toString());
        assertEquals(0, insecure.status, insecure.toString());
        assertArrayEquals(Files.readAllBytes(root.resolve("hello.c")), Files.readAllBytes(local.resolve("hello.c")));
    }

    @Test
    void localUsersMustUseTlsThere() {
        ToolRun run = ToolRun.run(localUser.environment(), "welcome", "127.0.0.1", "-p", Integer.toString(secure.port()),
                "-u", localUser.name);
        assertEquals(ExitCode.LOGIN, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: login as " + localUser.name + " failed: 530 "), run.err);
    }

    private static String port() {
        return Integer.toString(plain.port());
    }

    /** vsftpd counts the sessions open at start-up; a previous one may still be closing. */
    private static String sessionCountFree(String stat) {
        return stat.replaceAll("client count was \\d+", "client count was N");
    }

    private static String python(Map<String, String> environment, String script, String... args) throws Exception {
        Prerequisites.requireExecutable(Pyftpdlib.PYTHON, "python3");
        List<String> command = new ArrayList<>(List.of(Pyftpdlib.PYTHON.toString(), SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove(Credentials.PASSWORD_VARIABLE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), script + " failed: " + out);
        return out;
    }
}
