package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replies a well-behaved server never sends, from {@link ScriptedFtpServer}. */
class HostileServerIT {

    @TempDir
    Path work;

    private ScriptedFtpServer server;
    private Path target;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedFtpServer();
        target = Files.createDirectory(work.resolve("downloads"));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private ToolRun get(String... extra) {
        return ToolRun.run(ToolRun.args("get", List.of("127.0.0.1", "-p", Integer.toString(server.port()), "--to",
                target.toString()), extra));
    }

    private List<String> passiveCommands() {
        return server.received.stream().filter(line -> line.equals("EPSV") || line.equals("PASV")).toList();
    }

    /** Starts the server and runs the command against it. */
    private ToolRun started(String command, String... extra) {
        server.start();
        return ToolRun.run(ToolRun.args(command, List.of("127.0.0.1", "-p", Integer.toString(server.port())), extra));
    }

    @Test
    void hostileNamesAreSkippedAndNothingIsWrittenOutsideTheTargetDirectory() throws IOException {
        server.names = List.of("../escape.txt", "/tmp/absolute.txt", "sub/nested.txt", "back\\slash.txt", "..",
                "bell\u0007.txt", "nul\u0000.txt", "C:drive.txt", "ok.txt");
        for (String name : server.names) {
            server.files.put(name, "pwned".getBytes(StandardCharsets.UTF_8));
        }
        server.files.put("ok.txt", "fine".getBytes(StandardCharsets.UTF_8));
        server.start();
        ToolRun run = get();
        assertEquals(0, run.status, run.toString());
        assertEquals("['../escape.txt', '/tmp/absolute.txt', 'sub/nested.txt', 'back\\\\slash.txt', '..', "
                + "'bell\\x07.txt', 'nul\\x00.txt', 'C:drive.txt', 'ok.txt']\nDownloading...ok.txt\n", run.out);
        assertEquals(8, run.err.lines().filter(line -> line.startsWith("Warning: skipping ")).count(), run.err);
        assertTrue(run.err.contains("Warning: skipping '../escape.txt': contains a path separator"), run.err);
        assertTrue(run.err.contains("Warning: skipping 'bell\\x07.txt': contains control characters"), run.err);
        assertFalse(run.err.contains("\u0007"), "control characters never reach the terminal");
        try (var files = Files.walk(work)) {
            assertEquals(List.of("downloads", "ok.txt"),
                    files.filter(p -> !p.equals(work)).map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(server.received.stream().noneMatch(line -> line.startsWith("RETR ") && !line.equals("RETR ok.txt")),
                server.received.toString());
    }

    @Test
    void thePasvAddressIsIgnoredForTheControlConnectionsPeer() throws IOException {
        server.epsv = ScriptedFtpServer.Epsv.REFUSE;
        server.pasvAddress = "127,0,0,2"; // nothing listens there: following it would fail the download
        server.names = List.of("ok.txt");
        server.files.put("ok.txt", "fine".getBytes(StandardCharsets.UTF_8));
        server.start();
        ToolRun run = get("--verbose");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> PASV"), run.err);
        assertEquals("fine", Files.readString(target.resolve("ok.txt")));
    }

    @Test
    void aShortTransferNeverBecomesTheTargetFile() throws IOException {
        server.names = List.of("data.bin");
        server.files.put("data.bin", new byte[1000]);
        server.announcedSizes.put("data.bin", 5000L);
        server.start();
        ToolRun run = get();
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.contains("data.bin: received 1000 bytes but the server announced 5000"), run.err);
        assertFalse(Files.exists(target.resolve("data.bin")));
        assertEquals(1000, Files.size(target.resolve(".data.bin.part")));
    }

    @Test
    void aStalledDataConnectionTimesOutKeepingWhatArrived() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(9).nextBytes(content);
        server.names = List.of("slow.bin");
        server.files.put("slow.bin", content);
        server.stallAfter.put("slow.bin", 2_000_000);
        server.start();
        ToolRun run = get("--timeout", "0.5");
        assertEquals(ExitCode.TIMEOUT, run.status, run.toString());
        assertTrue(run.err.startsWith("Error: download of slow.bin interrupted: timed out: no data for 0.5 s (partial"
                + " data kept in .slow.bin.part; --continue resumes)"), run.err);
        assertFalse(Files.exists(target.resolve("slow.bin")));
        assertArrayEquals(Arrays.copyOf(content, 2_000_000), Files.readAllBytes(target.resolve(".slow.bin.part")));
    }

    @Test
    void aMultiLineBannerIsPrintedWhole() {
        server.banner = "220-Welcome to the scripted server\r\n    second line\r\n220 ready";
        ToolRun run = started("welcome");
        assertEquals(0, run.status, run.toString());
        assertEquals("220-Welcome to the scripted server\n    second line\n220 ready\n", run.out);
    }

    @Test
    void controlCharactersInRepliesAreShownEscaped() {
        server.replies.put("STAT", "211 status \u001b[31mred\u001b[0m");
        ToolRun run = started("cmd", "STAT");
        assertEquals(0, run.status, run.toString());
        assertEquals("211 status \\x1b[31mred\\x1b[0m\n\n", run.out);
    }

    @Test
    void aServerThatRefusesTheSessionIsAnErrorWithItsText() {
        server.banner = "421 Too many connections";
        ToolRun run = started("welcome");
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.contains("421 Too many connections"), run.err);
    }

    /** ftplib stops a line at 8,192 bytes; Commons Net alone would read one until memory runs out. */
    @Test
    void aBannerLineThatNeverEndsIsAProtocolError() {
        server.banner = "220 ";
        server.flood = "A";
        ToolRun run = started("welcome", "--timeout", "10");
        assertEquals(ExitCode.PROTOCOL, run.status, run.toString());
        assertEquals("Error: a line of the server's reply is longer than 8192 characters (the limit)\n", run.err);
    }

    @Test
    void aMultiLineReplyThatNeverEndsIsAProtocolError() {
        server.banner = "220-";
        server.flood = "still welcoming you\r\n";
        ToolRun run = started("welcome", "--timeout", "10");
        assertEquals(ExitCode.PROTOCOL, run.status, run.toString());
        assertEquals("Error: the server's reply is longer than 1048576 characters (the limit)\n", run.err);
    }

    @Test
    void aMultiLineReplyOfManyShortLinesIsAProtocolError() {
        server.banner = "220-";
        server.flood = "\r\n";
        ToolRun run = started("welcome", "--timeout", "10");
        assertEquals(ExitCode.PROTOCOL, run.status, run.toString());
        assertEquals("Error: the server's reply is longer than 65536 lines (the limit)\n", run.err);
    }

    /**
     * A reply trickled a byte every 0.1 s never trips a 1 s read timeout, and within the size limits would hold us for
     * hours: the whole reply must arrive within --timeout, the banner's as well as a command's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"banner", "STAT"})
    void aReplyTrickledByteByByteTimesOutWithinTheTimeout(String which) {
        server.tricklePause = Duration.ofMillis(100);
        server.flood = "still replying\r\n";
        if (which.equals("banner")) {
            server.banner = "220-";
        } else {
            server.floodAfter = which;
            server.replies.put(which, "211-");
        }
        long start = System.nanoTime();
        ToolRun run = which.equals("banner") ? started("welcome", "--timeout", "1")
                : started("cmd", "--timeout", "1", which);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(ExitCode.TIMEOUT, run.status, run.toString());
        String expected = which.equals("banner") ? "Error: timed out waiting for the welcome from 127.0.0.1 port "
                + server.port() + ": " : "Error: timed out: ";
        assertEquals(expected + "the server's reply did not arrive whole within 1 s\n", run.err);
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
    }

    /** The limits are documented numbers: a line of exactly 8,192 characters and a long multi-line reply pass. */
    @Test
    void repliesUpToTheLimitsAreRead() {
        String longest = "220 " + "x".repeat(8192 - 4);
        server.banner = "220-first\r\n" + "    line\r\n".repeat(60_000) + longest;
        ToolRun run = started("welcome");
        assertEquals(0, run.status, run.err);
        assertEquals(60_002, run.out.lines().count());
        assertTrue(run.out.endsWith(longest + "\n"));
    }

    /** curl's habit: when EPSV goes unanswered, PASV after a short wait, and PASV only for the rest of the session. */
    @Test
    void anUnansweredEpsvFallsBackToPasvWithinSeconds() throws IOException {
        server.epsv = ScriptedFtpServer.Epsv.IGNORE;
        server.names = List.of("a.txt", "b.txt");
        server.files.put("a.txt", "first".getBytes(StandardCharsets.UTF_8));
        server.files.put("b.txt", "second".getBytes(StandardCharsets.UTF_8));
        server.start();
        ToolRun run = get("--verbose", "--timeout", "60");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> EPSV\n* no reply to EPSV within 2 s: PASV from now on\n> PASV\n"), run.err);
        assertEquals(List.of("EPSV", "PASV", "PASV", "PASV"), passiveCommands());
        assertEquals("second", Files.readString(target.resolve("b.txt")));
    }

    @Test
    void noEpsvSendsPasvOnly() throws IOException {
        server.names = List.of("a.txt");
        server.files.put("a.txt", "first".getBytes(StandardCharsets.UTF_8));
        server.start();
        ToolRun run = get("--no-epsv");
        assertEquals(0, run.status, run.toString());
        assertEquals(List.of("PASV", "PASV"), passiveCommands());
        assertEquals("first", Files.readString(target.resolve("a.txt")));
    }

    /** RFC 3659 section 4: the size is a 213 reply; a 250 with a number is no size, and no reason to refuse. */
    @ParameterizedTest
    @ValueSource(strings = {"250 999", "200 999", "213-999\r\n213 end"})
    void aSizeReplyThatIsNotRfc3659sIsIgnored(String reply) throws IOException {
        server.names = List.of("data.bin");
        server.files.put("data.bin", "four".getBytes(StandardCharsets.UTF_8));
        server.replies.put("SIZE data.bin", reply);
        server.start();
        ToolRun run = get();
        assertEquals(0, run.status, run.toString());
        assertTrue(server.received.contains("SIZE data.bin"), server.received.toString());
        assertEquals("four", Files.readString(target.resolve("data.bin")));
    }

    /** curl's -u USER:PASSWORD would send the password as part of USER, and --verbose would print it. */
    @Test
    void aPasswordInTheUserOptionIsRefusedBeforeConnecting() {
        ToolRun run = started("welcome", "-u", "bob:secret", "--verbose");
        assertEquals(ExitCode.USAGE, run.status, run.toString());
        assertEquals("Error: -u takes the user name only, not USER:PASSWORD (the password would go to the server as"
                + " part of the name): set FTP_PASSWORD, use --netrc, or type it at the prompt\n", run.err);
        assertEquals(List.of(), server.received);
    }

    /** lftp's and curl's HOST:PORT. */
    @Test
    void theHostMayCarryThePort() {
        server.start();
        ToolRun run = ToolRun.run("welcome", "127.0.0.1:" + server.port());
        assertEquals(0, run.status, run.toString());
        assertEquals("220 scripted server ready\n", run.out);
    }
}
