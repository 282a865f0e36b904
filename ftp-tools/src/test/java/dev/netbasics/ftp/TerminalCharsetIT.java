package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool under the C locale prints the server's non-ASCII file names as UTF-8, not as '?'. */
class TerminalCharsetIT {

    private static final String NAME = "café, 1 € 😀.txt";

    @TempDir
    Path root;

    @Test
    void listingsKeepNonAsciiNames() throws Exception {
        Files.writeString(root.resolve(NAME), "x");
        try (MinaServer server = MinaServer.start(root, "127.0.0.1", null)) {
            PackagedTool.Result run = PackagedTool.of("ls", "127.0.0.1", "-p", Integer.toString(server.port()), "/")
                    .inCLocale().run();
            assertEquals(0, run.status(), run.err());
            assertTrue(run.outAsUtf8().lines().anyMatch(line -> line.endsWith("  " + NAME)), run.outAsUtf8());
        }
    }
}
