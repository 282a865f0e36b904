package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netbasics.build.PackagedTool;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged tool on a real (pseudo-)terminal: a binary body, escape sequences and all, gives way to a note. */
class TerminalIT {

    private TestHttpbin httpbin;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(PackagedTool.TERMINAL), "needs util-linux script for a pseudo-terminal");
        httpbin = TestHttpbin.plain();
    }

    @AfterEach
    void stop() {
        if (httpbin != null) {
            httpbin.close();
        }
    }

    @Test
    void binaryBodiesAreNotShownOnATerminal() {
        PackagedTool.Result run = PackagedTool.runOnTerminal("get", "-i", httpbin.url("/binary"));
        String screen = run.outAsUtf8().replace("\r\n", "\n");
        assertEquals(0, run.status(), screen);
        assertTrue(screen.contains("\n\nreadable text\n\n" + ResponseOutput.BINARY_NOTE + "\n"), screen);
        assertFalse(screen.contains("\u001b"), "an escape sequence reached the terminal:\n" + screen);
    }
}
