package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.PackagedTool;
import org.junit.jupiter.api.Test;

/** The packaged tool under the C locale prints non-ASCII text as UTF-8, as Python does there, not as '?'. */
class TerminalCharsetIT {

    @Test
    void unquotedTextIsPrintedAsUtf8() {
        PackagedTool.Result run = PackagedTool.of("unquote", "caf%C3%A9%2C%201%20%E2%82%AC%20%F0%9F%98%80")
                .inCLocale().run();
        assertEquals(0, run.status(), run.err());
        assertEquals("café, 1 € 😀\n", run.outAsUtf8());
    }
}
