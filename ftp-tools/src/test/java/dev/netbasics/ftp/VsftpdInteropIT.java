package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.ftp.client.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Side by side with the book's scripts (dist/python, Python's ftplib) against Debian's vsftpd: the same welcome,
 * STAT and PWD output and byte-identical downloads, for anonymous and a local user; and FTPS downloads that
 * vsftpd's default require_ssl_reuse=YES accepts only with TLS session reuse, verified with --cacert or not at all
 * with -k. Skipped without vsftpd or root.
 */
class VsftpdInteropIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPTS = Path.of("..", "dist", "python").toAbsolutePath().normalize();
    private static final String LOCAL_USER = "nbftptest";

    private static Path work;
    private static Path root;
    private static Vsftpd plain;
    private static Vsftpd secure;
    private static TestCertificate certificate;
    private static String localPassword;
    private static boolean createdUser;

    @TempDir
    Path local;

    @BeforeAll
    static void startVsftpd() throws Exception {
        assumeTrue(Vsftpd.available(), "needs /usr/sbin/vsftpd and root");
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
        localPassword = HexFormat.of().formatHex(SecureRandom.getInstanceStrong().generateSeed(12));
        createdUser = run(List.of("id", LOCAL_USER), null) != 0;
        if (createdUser) {
            assertEquals(0, run(List.of("useradd", "-M", "-d", root.toString(), "-s", "/bin/bash", LOCAL_USER), null));
        }
        assertEquals(0, run(List.of("chpasswd"), LOCAL_USER + ":" + localPassword + "\n"));
        certificate = TestCertificate.create(work);
        plain = Vsftpd.start(work, "plain", root, null);
        secure = Vsftpd.start(work, "tls", root, certificate);
    }

    @AfterAll
    static void stopVsftpd() throws Exception {
        if (plain != null) {
            plain.close();
        }
        if (secure != null) {
            secure.close();
        }
        if (createdUser) {
            run(List.of("userdel", LOCAL_USER), null);
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Map<String, String> localUser() {
        return ToolRun.password(localPassword);
    }

    @Test
    void welcomeIsWhatGetWelcomeMsgPyPrints() throws Exception {
        ToolRun tool = ToolRun.run("welcome", "127.0.0.1", "-p", port());
        assertEquals(0, tool.status, tool.toString());
        assertEquals("220 " + Vsftpd.BANNER + "\n", tool.out);
        assertEquals(python(Map.of(), "get_welcome_msg.py", "127.0.0.1", port()), tool.out);

        ToolRun user = ToolRun.run(localUser(), "welcome", "127.0.0.1", "-p", port(), "-u", LOCAL_USER);
        assertEquals(0, user.status, user.toString());
        assertEquals(python(localUser(), "get_welcome_msg.py", "127.0.0.1", port(), LOCAL_USER), user.out);
    }

    @Test
    void statAndPwdAreWhatSendCommandPyPrints() throws Exception {
        ToolRun tool = ToolRun.run("cmd", "127.0.0.1", "-p", port(), "STAT", "PWD");
        assertEquals(0, tool.status, tool.toString());
        assertTrue(tool.out.startsWith("211-FTP server status:\n     Connected to 127.0.0.1\n"), tool.out);
        assertTrue(tool.out.endsWith("211 End of status\n\n257 \"/\" is the current directory\n\n"), tool.out);
        assertEquals(sessionCountFree(python(Map.of(), "send_command.py", "127.0.0.1", port())), sessionCountFree(tool.out));

        ToolRun user = ToolRun.run(localUser(), "cmd", "127.0.0.1", "-p", port(), "-u", LOCAL_USER, "STAT", "PWD");
        assertEquals(0, user.status, user.toString());
        assertTrue(user.out.contains("Logged in as " + LOCAL_USER), user.out);
        assertEquals(sessionCountFree(python(localUser(), "send_command.py", "127.0.0.1", port(), LOCAL_USER)),
                sessionCountFree(user.out));
    }

    @Test
    void downloadsAreByteIdenticalToGetFtpFilesPy() throws Exception {
        for (Map<String, String> environment : List.of(Map.<String, String>of(), localUser())) {
            String user = environment.isEmpty() ? "anonymous" : LOCAL_USER;
            Path byTool = Files.createDirectory(local.resolve("tool-" + user));
            Path byPython = Files.createDirectory(local.resolve("python-" + user));
            ToolRun tool = ToolRun.run(environment, "get", "127.0.0.1", "-p", port(), "-u", user, "--to",
                    byTool.toString());
            assertEquals(0, tool.status, tool.toString());
            assertEquals("['hello', 'hello.c', 'sample.txt']\nDownloading...hello\nDownloading...hello.c\n"
                    + "Downloading...sample.txt\n", tool.out);
            assertEquals(python(environment, "get_ftp_files.py", "127.0.0.1", port(), user, "/", byPython.toString()),
                    tool.out);
            for (String name : List.of("hello", "hello.c", "sample.txt")) {
                assertArrayEquals(Files.readAllBytes(root.resolve(name)), Files.readAllBytes(byTool.resolve(name)), name);
                assertArrayEquals(Files.readAllBytes(byPython.resolve(name)), Files.readAllBytes(byTool.resolve(name)), name);
            }
        }
    }

    @Test
    void ftpsDownloadsResumeTheControlSessionAsVsftpdRequires() throws IOException {
        for (Map<String, String> environment : List.of(Map.<String, String>of(), localUser())) {
            String user = environment.isEmpty() ? "anonymous" : LOCAL_USER;
            Path target = Files.createDirectory(local.resolve("tls-" + user));
            ToolRun tool = ToolRun.run(environment, "get", "127.0.0.1", "-p", Integer.toString(secure.port()), "-u", user,
                    "--tls", "--cacert", certificate.certificatePem().toString(), "--to", target.toString());
            assertEquals(0, tool.status, tool.toString());
            for (String name : List.of("hello", "hello.c", "sample.txt")) {
                assertArrayEquals(Files.readAllBytes(root.resolve(name)), Files.readAllBytes(target.resolve(name)), name);
            }
        }
        ToolRun ls = ToolRun.run("ls", "127.0.0.1", "-p", Integer.toString(secure.port()), "--tls", "--cacert",
                certificate.certificatePem().toString(), "--active");
        assertEquals(0, ls.status, ls.toString());
        assertTrue(ls.out.lines().anyMatch(line -> line.startsWith("-") && line.endsWith(" hello.c")), ls.out);
    }

    @Test
    void ftpsCertificatesAreVerifiedUnlessInsecureIsAsked() throws IOException {
        String port = Integer.toString(secure.port());
        ToolRun untrusted = ToolRun.run("welcome", "127.0.0.1", "-p", port, "--tls");
        assertEquals(ExitCode.TLS, untrusted.status, untrusted.toString());
        assertTrue(untrusted.err.startsWith("Error: TLS with 127.0.0.1 port " + port
                + " failed: the server's certificate is not trusted"), untrusted.err);

        ToolRun insecure = ToolRun.run("get", "127.0.0.1", "-p", port, "--tls", "-k", "--to", local.toString());
        assertEquals(0, insecure.status, insecure.toString());
        assertArrayEquals(Files.readAllBytes(root.resolve("hello.c")), Files.readAllBytes(local.resolve("hello.c")));
    }

    @Test
    void localUsersMustUseTlsThere() {
        ToolRun run = ToolRun.run(localUser(), "welcome", "127.0.0.1", "-p", Integer.toString(secure.port()), "-u",
                LOCAL_USER);
        assertEquals(ExitCode.LOGIN, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: login as " + LOCAL_USER + " failed: 530 "), run.err);
    }

    private static String port() {
        return Integer.toString(plain.port());
    }

    /** vsftpd counts the sessions open at start-up; a previous one may still be closing. */
    private static String sessionCountFree(String stat) {
        return stat.replaceAll("client count was \\d+", "client count was N");
    }

    private static String python(Map<String, String> environment, String script, String... args) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "needs " + PYTHON);
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), SCRIPTS.resolve(script).toString()));
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

    private static int run(List<String> command, String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
