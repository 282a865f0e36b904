package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlsBecomeHexEscapes() {
        assertEquals("a\\x1b[31mb\\x0a\\x09\\x7f\\x85\\x9f\u00a0", TerminalText.escapeControls("a\u001b[31mb\n\t\u007f\u0085\u009f\u00a0"));
    }

    @Test
    void tabsCanStay() {
        assertEquals("a\tb\\x0d\\x00", TerminalText.escapeControlsButTabs("a\tb\r\u0000"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "GET /caf\u00e9 HTTP/1.1";
        assertSame(plain, TerminalText.escapeControls(plain));
    }
}
