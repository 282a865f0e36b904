package dev.netbasics.cli.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected values are what CPython 3.11's {@code repr()} printed for the same values. */
class PythonReprTest {

    @Test
    void quotesAndEscapesAsPythonDoes() {
        assertEquals("'text/html'", PythonRepr.repr("text/html"));
        assertEquals("\"it's\"", PythonRepr.repr("it's"));
        assertEquals("'both \\' and \"'", PythonRepr.repr("both ' and \""));
        assertEquals("'tab\\there'", PythonRepr.repr("tab\there"));
        assertEquals("'\\\\back'", PythonRepr.repr("\\back"));
    }

    @Test
    void onlyPrintableCharactersAreShownAsThemselves() {
        assertEquals("'nbsp\\xa0soft\\xadhyphen'", PythonRepr.repr("nbsp\u00a0soft\u00adhyphen"));
        assertEquals("'c1\\x85 del\\x7f nul\\x00'", PythonRepr.repr("c1\u0085 del\u007f nul\u0000"));
        assertEquals("'café ÿ'", PythonRepr.repr("café \u00ff"));
        assertEquals("'zw\\u200bsp \\u2028ls \\ue000pua \uD83D\uDE00 \\U000e0001'",
                PythonRepr.repr("zw\u200bsp \u2028ls \ue000pua \uD83D\uDE00 \uDB40\uDC01"));
    }

    @Test
    void charactersNewerThanPython311sUnicodeAreEscaped() {
        assertEquals("'\\U0001fadc'", PythonRepr.repr("\uD83E\uDEDC"), "assigned in Unicode 15.0");
    }

    @Test
    void theBooksList() {
        assertEquals("['hello', 'hello.c', 'sample.txt']", PythonRepr.list(List.of("hello", "hello.c", "sample.txt")));
        assertEquals("[]", PythonRepr.list(List.of()));
        assertEquals("[\"it's\", 'say \"hi\"', 'both \\'\"', 'back\\\\slash']",
                PythonRepr.list(List.of("it's", "say \"hi\"", "both '\"", "back\\slash")));
        assertEquals("['tab\\tnl\\ncr\\r', 'nul\\x00', 'del\\x7f', 'nbsp\\xa0', 'caf\u00e9 \u65e5\u672c']",
                PythonRepr.list(List.of("tab\tnl\ncr\r", "nul\u0000", "del\u007f", "nbsp\u00a0",
                        "caf\u00e9 \u65e5\u672c")));
    }

    @Test
    void bytesAreAsciiWithHexEscapes() {
        assertEquals("b'<html>\\n\\t\\r'", PythonRepr.repr("<html>\n\t\r".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("b'caf\\xc3\\xa9 \\x00\\x7f\\xff'",
                PythonRepr.repr(new byte[] {'c', 'a', 'f', (byte) 0xc3, (byte) 0xa9, ' ', 0, 0x7f, (byte) 0xff}));
        assertEquals("b\"it's\"", PythonRepr.repr("it's".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("b'both \\' and \"'", PythonRepr.repr("both ' and \"".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("b'\\\\'", PythonRepr.repr(new byte[] {'\\'}));
        assertEquals("b''", PythonRepr.repr(new byte[0]));
    }

    @Test
    void printWritesTheReprAndALineEndInChunks() throws IOException {
        byte[] body = new byte[200_000];
        new Random(11).nextBytes(body);
        body[0] = '\'';
        for (byte[] data : List.of(body, "it's".getBytes(StandardCharsets.US_ASCII), new byte[0])) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PythonRepr.print(data, out);
            assertEquals(PythonRepr.repr(data) + "\n", out.toString(StandardCharsets.ISO_8859_1));
        }
    }
}
