package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command against a real server: Apache MINA FtpServer on 127.0.0.1, port 0. */
class MinaServerIT {

    private static final Map<String, String> STUDENT = ToolRun.password(MinaServer.PASSWORD);

    @TempDir
    Path root;

    @TempDir
    Path local;

    private MinaServer server;
    private byte[] binary;

    @BeforeEach
    void startServer() throws Exception {
        Files.writeString(root.resolve("hello"), "hello\n");
        binary = new byte[70_000];
        new Random(42).nextBytes(binary);
        for (int i = 0; i < 256; i++) {
            binary[i] = (byte) i; // CR, LF and every other byte survive only in binary mode
        }
        Files.write(root.resolve("hello.c"), binary);
        Files.writeString(root.resolve("sample.txt"), "line one\r\nline two\n");
        Files.createDirectory(root.resolve("sub"));
        Files.writeString(root.resolve("sub").resolve("inner.txt"), "inside\n");
        server = MinaServer.start(root, "127.0.0.1", null);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String port() {
        return Integer.toString(server.port());
    }

    @Test
    void getPrintsTheBooksListAndDownloadsEveryFileInBinaryMode() throws IOException {
        ToolRun run = ToolRun.run(STUDENT, "get", "127.0.0.1", "-p", port(), "-u", "student", "--dir", "/",
                "--to", local.toString());
        assertEquals(0, run.status, run.toString()); // "sub" is a directory: skipped, counted in the summary
        List<String> lines = run.out.lines().toList();
        List<String> listed = pythonList(lines.get(0));
        assertEquals(List.of("hello", "hello.c", "sample.txt", "sub"), listed.stream().sorted().toList(), run.toString());
        List<String> expected = new ArrayList<>();
        listed.stream().filter(name -> !name.equals("sub")).forEach(name -> expected.add("Downloading..." + name));
        assertEquals(expected, lines.subList(1, lines.size()));
        assertEquals("1 directory not downloaded (-r downloads directories)\n", run.err);
        assertArrayEquals(Files.readAllBytes(root.resolve("hello")), Files.readAllBytes(local.resolve("hello")));
        assertArrayEquals(binary, Files.readAllBytes(local.resolve("hello.c")));
        assertArrayEquals(Files.readAllBytes(root.resolve("sample.txt")), Files.readAllBytes(local.resolve("sample.txt")));
        try (var left = Files.list(local)) {
            assertEquals(List.of("hello", "hello.c", "sample.txt"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void getTakesUserPortAndDirectoryFromAnFtpUrl() throws IOException {
        ToolRun run = ToolRun.run(STUDENT, "get", "ftp://student@127.0.0.1:" + port() + "/sub", "--to", local.toString());
        assertEquals(0, run.status, run.toString());
        assertEquals("['inner.txt']\nDownloading...inner.txt\n", run.out);
        assertEquals("inside\n", Files.readString(local.resolve("inner.txt")));
    }

    @Test
    void anonymousIsTheDefaultUser() throws IOException {
        ToolRun run = ToolRun.run("get", "127.0.0.1", "-p", port(), "--dir", "sub", "--to", local.toString());
        assertEquals(0, run.status, run.toString());
        assertTrue(Files.exists(local.resolve("inner.txt")));
    }

    @Test
    void activeModeDownloadsToo() throws IOException {
        ToolRun run = ToolRun.run(STUDENT, "get", "127.0.0.1", "-p", port(), "-u", "student", "--active", "--verbose",
                "--dir", "sub", "--to", local.toString());
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> PORT ") || run.err.contains("> EPRT "), run.err);
        assertEquals("inside\n", Files.readString(local.resolve("inner.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--passive", "--active"})
    void largeFilesArriveWhole(String mode) throws IOException {
        byte[] large = new byte[5 * 1024 * 1024 + 7];
        new Random(1).nextBytes(large);
        Files.write(Files.createDirectory(root.resolve("large")).resolve("large.bin"), large);
        List<String> args = new ArrayList<>(List.of("get", "127.0.0.1", "-p", port(), "--dir", "large", "--to",
                local.toString()));
        if (mode.equals("--active")) {
            args.add(mode);
        }
        ToolRun run = ToolRun.run(args.toArray(String[]::new));
        assertEquals(0, run.status, run.toString());
        assertArrayEquals(large, Files.readAllBytes(local.resolve("large.bin")));
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        Files.writeString(local.resolve("inner.txt"), "mine");
        ToolRun refused = ToolRun.run("get", "127.0.0.1", "-p", port(), "--dir", "sub", "--to", local.toString());
        assertEquals(1, refused.status, refused.toString());
        assertTrue(refused.err.contains("inner.txt already exists"), refused.err);
        assertEquals("mine", Files.readString(local.resolve("inner.txt")));
    }

    @Test
    void forceReplacesAnExistingFile() throws IOException {
        Files.writeString(local.resolve("inner.txt"), "mine");
        ToolRun forced = ToolRun.run("get", "127.0.0.1", "-p", port(), "--dir", "sub", "--to", local.toString(), "--force");
        assertEquals(0, forced.status, forced.toString());
        assertEquals("inside\n", Files.readString(local.resolve("inner.txt")));
    }

    @Test
    void continueResumesAPartialFileWithRest() throws IOException {
        Files.write(local.resolve(".hello.c.part"), Arrays.copyOf(binary, 12_345));
        ToolRun run = ToolRun.run(STUDENT, "get", "127.0.0.1", "-p", port(), "-u", "student", "--continue",
                "--verbose", "--to", local.toString());
        assertTrue(run.err.contains("> REST 12345"), run.err);
        assertArrayEquals(binary, Files.readAllBytes(local.resolve("hello.c")), run.toString());
        assertFalse(Files.exists(local.resolve(".hello.c.part")));
    }

    @Test
    void continueSkipsFilesAlreadyComplete() throws IOException {
        Files.write(local.resolve("hello.c"), binary);
        ToolRun again = ToolRun.run(STUDENT, "get", "127.0.0.1", "-p", port(), "-u", "student", "--continue",
                "--to", local.toString());
        assertEquals(0, again.status, again.toString());
        assertTrue(again.err.contains("Skipping hello.c: already complete"), again.toString());
    }

    @Test
    void aServerStoppedMidTransferLeavesOnlyAPartFileThatContinueCompletes() throws Exception {
        byte[] big = new byte[1024 * 1024];
        new Random(7).nextBytes(big);
        Files.write(root.resolve("sub").resolve("big.bin"), big);
        Files.delete(root.resolve("sub").resolve("inner.txt"));
        ToolRun run;
        try (ScriptedFtpServer dying = new ScriptedFtpServer()) {
            dying.names = List.of("big.bin");
            dying.files.put("big.bin", big);
            dying.dieAfter.put("big.bin", 300_000);
            dying.start();
            run = ToolRun.run("get", "127.0.0.1", "-p", Integer.toString(dying.port()), "--to", local.toString());
        }
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: download of big.bin interrupted"), run.err);
        assertFalse(Files.exists(local.resolve("big.bin")), "an incomplete download must not look complete");
        Path part = local.resolve(".big.bin.part");
        assertEquals(300_000, Files.size(part));

        ToolRun resumed = ToolRun.run(STUDENT, "get", "127.0.0.1", "-p", port(), "-u", "student", "--dir", "sub",
                "--to", local.toString(), "--continue", "--verbose");
        assertEquals(0, resumed.status, resumed.toString());
        assertTrue(resumed.err.contains("> REST 300000"), resumed.err);
        assertArrayEquals(big, Files.readAllBytes(local.resolve("big.bin")));
        assertFalse(Files.exists(part));
    }

    @Test
    void welcomePrintsTheBanner() {
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", port());
        assertEquals(0, run.status, run.toString());
        assertEquals("220 Service ready for new user.\n", run.out);
    }

    @Test
    void cmdPrintsEachReplyFollowedByABlankLine() {
        ToolRun run = ToolRun.run(STUDENT, "cmd", "127.0.0.1", "-p", port(), "-u", "student", "--cwd", "sub", "PWD",
                "SIZE inner.txt", "NOOP");
        assertEquals(0, run.status, run.toString());
        assertEquals("257 \"/sub\" is current directory.\n\n213 7\n\n200 Command NOOP okay.\n\n", run.out);
    }

    @Test
    void cmdStopsAtAnErrorReplyWithTheServersText() {
        ToolRun run = ToolRun.run("cmd", "127.0.0.1", "-p", port(), "PWD", "XYZZY", "NOOP");
        assertEquals(1, run.status, run.toString());
        assertTrue(run.out.startsWith("257 "), run.out);
        assertFalse(run.out.contains("NOOP"), run.out);
        assertTrue(run.err.startsWith("Error: XYZZY: 502 "), run.err);
    }

    @Test
    void cmdRefusesLineBreaksThatWouldSmuggleACommand() {
        ToolRun run = ToolRun.run("cmd", "127.0.0.1", "-p", port(), "NOOP\r\nDELE hello");
        assertEquals(2, run.status, run.toString());
        assertTrue(Files.exists(root.resolve("hello")));
    }

    @Test
    void lsUsesMlsdWhenTheServerHasIt() {
        ToolRun mlsd = ToolRun.run("ls", "127.0.0.1", "-p", port(), "/");
        assertEquals(0, mlsd.status, mlsd.toString());
        assertTrue(Pattern.compile("(?m)^file +6  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  hello$").matcher(mlsd.out).find(),
                mlsd.out);
        assertTrue(Pattern.compile("(?m)^dir .*  sub$").matcher(mlsd.out).find(), mlsd.out);
        assertEquals(4, mlsd.out.lines().count(), mlsd.out);
    }

    @Test
    void lsUsesListOnRequest() {
        ToolRun list = ToolRun.run("ls", "127.0.0.1", "-p", port(), "--list", "sub");
        assertEquals(0, list.status, list.toString());
        assertTrue(list.out.strip().endsWith("inner.txt") && list.out.startsWith("-"), list.out);
    }

    private ToolRun put(Path upload, String... extra) {
        return ToolRun.run(STUDENT, ToolRun.args("put", List.of("127.0.0.1", "-p", port(), "-u", "student", "--dir",
                "sub", upload.toString()), extra));
    }

    @Test
    void putUploads() throws IOException {
        Path upload = local.resolve("report.bin");
        Files.write(upload, binary);
        ToolRun run = put(upload);
        assertEquals(0, run.status, run.toString());
        assertEquals("Uploading...report.bin\n", run.out);
        assertArrayEquals(binary, Files.readAllBytes(root.resolve("sub").resolve("report.bin")));
    }

    @Test
    void putWillNotReplaceWithoutForce() throws IOException {
        Path upload = local.resolve("inner.txt");
        Files.writeString(upload, "mine");
        ToolRun again = put(upload);
        assertEquals(1, again.status, again.toString());
        assertTrue(again.err.contains("already exists on the server"), again.err);
        assertEquals("inside\n", Files.readString(root.resolve("sub").resolve("inner.txt")));
    }

    @Test
    void putReplacesWithForce() throws IOException {
        Path upload = local.resolve("inner.txt");
        Files.writeString(upload, "shorter");
        ToolRun forced = put(upload, "--force");
        assertEquals(0, forced.status, forced.toString());
        assertEquals("shorter", Files.readString(root.resolve("sub").resolve("inner.txt")));
    }

    @Test
    void anonymousUploadIsRefusedWithTheServersReply() throws IOException {
        Path upload = local.resolve("x.txt");
        Files.writeString(upload, "x");
        ToolRun run = ToolRun.run("put", "127.0.0.1", "-p", port(), upload.toString());
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: upload of x.txt refused: 550 "), run.err);
    }

    @Test
    void wrongPasswordIsALoginFailure() {
        ToolRun run = ToolRun.run(ToolRun.password("wrong"), "welcome", "127.0.0.1", "-p", port(), "-u", "student");
        assertEquals(ExitCode.LOGIN, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: login as student failed: 530 "), run.err);
    }

    @Test
    void aUserWithoutAnyPasswordSourceIsAUsageErrorOffATerminal() {
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", port(), "-u", "student");
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("set FTP_PASSWORD, use --netrc, or run on a terminal"), run.err);
    }

    @Test
    void passwordOptionWorksButWarnsAndTracesNeverShowIt() {
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", port(), "-u", "student", "--password",
                MinaServer.PASSWORD, "--verbose");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("Warning: --password is visible to other users"), run.err);
        assertTrue(run.err.contains("> PASS ****"), run.err);
        assertFalse(run.err.contains(MinaServer.PASSWORD), run.err);
        assertFalse(run.out.contains(MinaServer.PASSWORD), run.out);
    }

    @Test
    void netrcSuppliesUserAndPassword() throws IOException {
        Path netrc = local.resolve("netrc");
        Files.writeString(netrc, "machine other login x password y\nmachine 127.0.0.1 login student password training\n");
        Files.setPosixFilePermissions(netrc, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        ToolRun run = ToolRun.run("cmd", "127.0.0.1", "-p", port(), "--netrc-file", netrc.toString(), "PWD");
        assertEquals(0, run.status, run.toString());
        assertEquals("", run.err);
        assertTrue(run.out.startsWith("257 "), run.out);
    }

    @Test
    void netrcIsReadFromHome() throws IOException {
        Path home = Files.createDirectory(local.resolve("home"));
        Path netrc = home.resolve(".netrc");
        Files.writeString(netrc, "machine 127.0.0.1 login student password training\n");
        Files.setPosixFilePermissions(netrc, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        ToolRun run = ToolRun.run(Map.of("HOME", home.toString()), "cmd", "127.0.0.1", "-p", port(), "--netrc",
                "--verbose", "PWD");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> USER student\n") && run.err.contains("< 230 "), run.err);
        assertTrue(run.out.startsWith("257 "), run.out);
    }

    @Test
    void hostNamesAreResolved() throws IOException {
        ToolRun run = ToolRun.run("get", "ftp://localhost:" + port() + "/sub", "--to", local.toString());
        assertEquals(0, run.status, run.toString());
        assertEquals("inside\n", Files.readString(local.resolve("inner.txt")));
    }

    @Test
    void refusedConnectionHasItsOwnExitCode() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", Integer.toString(closedPort));
        assertEquals(ExitCode.UNREACHABLE, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: cannot connect to 127.0.0.1 port " + closedPort), run.err);
    }

    @Test
    void aSilentServerTimesOutWithItsOwnExitCode() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ToolRun run = ToolRun.run("welcome", "127.0.0.1", "-p", Integer.toString(silent.getLocalPort()),
                    "--timeout", "0.5");
            assertEquals(ExitCode.TIMEOUT, run.status, run.toString());
            assertEquals("Error: timed out waiting for the welcome from 127.0.0.1 port " + silent.getLocalPort()
                    + ": the server sent nothing for 0.5 s", run.err.lines().findFirst().orElse(""));
        }
    }

    /** Parses the book's Python list repr of plain names. */
    static List<String> pythonList(String repr) {
        assertTrue(repr.startsWith("[") && repr.endsWith("]"), repr);
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("'([^'\\\\]*)'").matcher(repr);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
