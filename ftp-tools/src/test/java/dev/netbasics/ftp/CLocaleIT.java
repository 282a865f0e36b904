package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server sends, as the packaged tool prints it where no locale is set (as in many containers) or the time
 * zone is not UTC: non-ASCII names and banners as UTF-8, never '?'; listing times in UTC whatever TZ says.
 */
class CLocaleIT {

    private static final String NAME = "café, 1 € 😀.txt";

    @TempDir
    Path root;

    @TempDir
    Path local;

    @Test
    void listingsKeepNonAsciiNames() throws Exception {
        Files.writeString(root.resolve(NAME), "x");
        try (MinaServer server = MinaServer.start(root, "127.0.0.1", null)) {
            ToolRun run = ToolRun.runInCLocale("ls", "127.0.0.1", "-p", Integer.toString(server.port()), "/");
            assertEquals(0, run.status, run.toString());
            assertTrue(run.out.lines().anyMatch(line -> line.endsWith("  " + NAME)), run.out);
        }
    }

    /**
     * Python (PEP 538) and the native executable name files in UTF-8 under the C locale; the JVM cannot (its file
     * names are ASCII there, fixed at start-up), so it says so in one line, downloads the rest and exits 1.
     */
    @Test
    void getStoresNonAsciiNamesAsPythonDoesOrSaysWhyNot() throws Exception {
        Files.writeString(root.resolve(NAME), "x");
        Files.writeString(root.resolve("plain.txt"), "y");
        try (MinaServer server = MinaServer.start(root, "127.0.0.1", null)) {
            ToolRun run = ToolRun.runInCLocale("get", "127.0.0.1", "-p", Integer.toString(server.port()), "--to",
                    local.toString());
            List<String> listed = MinaServerIT.pythonList(run.out.lines().findFirst().orElse(""));
            assertEquals(List.of(NAME, "plain.txt"), listed.stream().sorted().toList(), run.toString());
            assertEquals("y", Files.readString(local.resolve("plain.txt")));
            if (PackagedTool.isNative()) {
                assertEquals(0, run.status, run.toString());
                assertTrue(run.out.contains("\nDownloading..." + NAME + "\n"), run.out);
                assertEquals("x", Files.readString(local.resolve(NAME)));
            } else {
                assertEquals(1, run.status, run.toString());
                assertEquals("Warning: skipping '" + NAME + "': not a file name in this locale's encoding "
                        + "(ANSI_X3.4-1968); run with LC_ALL=C.UTF-8\nError: 1 of 2 files not downloaded\n", run.err);
                assertFalse(run.out.contains("Downloading..." + NAME), run.out);
            }
        }
    }

    @Test
    void bannersKeepTheirNonAsciiText() throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer()) {
            server.banner = "220 Grüße aus Köln 😀";
            server.start();
            PackagedTool.Result run = PackagedTool.of("welcome", "127.0.0.1", "-p", Integer.toString(server.port()))
                    .inCLocale().run();
            assertEquals(0, run.status(), run.err());
            assertEquals("220 Grüße aus Köln 😀\n", new String(run.out(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void listingTimesAreUtcInAnyTimeZone() throws Exception {
        Path file = Files.writeString(root.resolve("dated.txt"), "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-03-04T05:06:07Z")));
        try (MinaServer server = MinaServer.start(root, "127.0.0.1", null)) {
            for (String zone : List.of("Asia/Kolkata", "America/St_Johns", "UTC")) {
                PackagedTool.Result run = PackagedTool.of("ls", "127.0.0.1", "-p", Integer.toString(server.port()))
                        .inCLocale().environment(Map.of("TZ", zone)).run();
                assertEquals(0, run.status(), run.err());
                String out = run.outAsUtf8();
                assertTrue(out.lines().anyMatch(line -> line.matches("file +1  2021-03-04 05:06:07  dated.txt")),
                        zone + ":\n" + out);
            }
        }
    }
}
