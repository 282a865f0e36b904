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
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        server.epsv = false;
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
}
