package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expectations from Python 3.11's {@code email.message.Message.as_string(maxheaderlen=0)}, as print(x.info()). */
class HeaderTextTest {

    @Test
    void asciiStaysAsItIs() {
        assertEquals("text/html; charset=utf-8", HeaderText.of("text/html; charset=utf-8"));
        assertEquals("", HeaderText.of(""));
    }

    @Test
    void beyondAsciiTheShorterEncodedWordOfTheUtf8() {
        assertEquals("=?utf-8?b?Y2Fmw6kgwr0=?=", HeaderText.of("caf\u00e9 \u00bd"));
        assertEquals("=?utf-8?q?caf=C3=A9_au_lait?=", HeaderText.of("caf\u00e9 au lait"));
        assertEquals("=?utf-8?b?w6k=?=", HeaderText.of("\u00e9"));
        assertEquals("=?utf-8?b?YT1iX2M/ZCDDqQ==?=", HeaderText.of("a=b_c?d \u00e9"));
        assertEquals("=?utf-8?q?a_=C3=A9?=", HeaderText.of("a \u00e9"));
    }

    @Test
    void eachPythonLineIsAWordOfItsOwnOnAContinuationLine() {
        assertEquals("=?utf-8?b?w6k=?=\n =?utf-8?q?_z?=", HeaderText.of("\u00e9\u000b  z"));
        assertEquals("\n =?utf-8?b?IMOp?=", HeaderText.of("\u000b\u00e9"));
        assertEquals("=?utf-8?b?w6k=?=", HeaderText.of("\u00e9\u000b"));
        assertEquals("=?utf-8?q?x?=\n =?utf-8?b?IHkgw6k=?=", HeaderText.of("x\u0085y \u00e9"));
    }
}
