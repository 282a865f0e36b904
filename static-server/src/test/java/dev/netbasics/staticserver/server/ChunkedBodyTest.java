package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9112, 7.1: chunked-body = *chunk last-chunk trailer-section CRLF; chunk = chunk-size [ chunk-ext ] CRLF
 * chunk-data CRLF; chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ). Each body is
 * followed by "NEXT", which must be left where it is.
 */
class ChunkedBodyTest {

    private static final long BUDGET = 1024;

    /** Drops the body at the front of {@code text}; returns what is left after it. */
    private static String dropped(String text) throws ChunkedBody.Malformed {
        ChunkedBody body = new ChunkedBody();
        body.start(BUDGET);
        InputBuffer input = RequestParserTest.input(text);
        assertTrue(body.skip(input), "the body ends");
        return new String(input.data, input.start, input.end - input.start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0\r\n\r\n", "5\r\nhello\r\n0\r\n\r\n", "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        "A\r\n0123456789\r\n0\r\n\r\n", "a\r\n0123456789\r\n000\r\n\r\n", "0005\r\nhello\r\n0\r\n\r\n",
        "5;name\r\nhello\r\n0\r\n\r\n", "5;name=value\r\nhello\r\n0\r\n\r\n", "5;n=\"quoted; \\\"value\\\"\"\r\nhello\r\n0\r\n\r\n",
        "5 ; a = b ; c\r\nhello\r\n0;last\r\n\r\n", "4\r\n\r\n\r\n\r\n0\r\n\r\n",
        "0\r\nTrailer-Field: value\r\nOther:\r\n\r\n"})
    void aValidBodyIsDroppedToItsExactEnd(String body) throws ChunkedBody.Malformed {
        assertEquals("NEXT", dropped(body + "NEXT"));
    }

    @Test
    void aBodyArrivingOneByteAtATimeEndsWhereItEnds() throws ChunkedBody.Malformed {
        String text = "5;x=y\r\nhello\r\n0\r\nT: v\r\n\r\nNEXT";
        ChunkedBody body = new ChunkedBody();
        body.start(BUDGET);
        InputBuffer input = RequestParserTest.input(text);
        int bodyEnd = text.indexOf("NEXT");
        for (int end = 1; end <= bodyEnd; end++) {
            input.end = end;
            assertEquals(end == bodyEnd, body.skip(input), "after " + end + " bytes");
        }
        assertEquals(bodyEnd, input.start);
    }

    /**
     * Everything the grammar does not allow: a sign, a prefix, whitespace around the size but before ';', a
     * bare LF or CR where CR LF belongs (7.1 wants CRLF; lenient line ends are how bodies get smuggled), more
     * data than the size, an extension without a name or with an invalid one, a control character in an
     * extension or trailer, obs-fold in the trailer section.
     */
    @ParameterizedTest
    @ValueSource(strings = {"+5\r\nhello\r\n0\r\n\r\n", "-5\r\nhello\r\n0\r\n\r\n", "0x5\r\nhello\r\n0\r\n\r\n",
        " 5\r\nhello\r\n0\r\n\r\n", "5 \r\nhello\r\n0\r\n\r\n", "5_0\r\nhello\r\n0\r\n\r\n", "\r\nhello\r\n0\r\n\r\n",
        "g\r\n", "5\nhello\r\n0\r\n\r\n", "5\rhello\r\n0\r\n\r\n", "5\r\nhello\n0\r\n\r\n", "5\r\nhelloXX\r\n0\r\n\r\n",
        "5\r\nhello0\r\n\r\n", "5;\r\nhello\r\n0\r\n\r\n", "5;=v\r\nhello\r\n0\r\n\r\n", "5;[x]\r\nhello\r\n0\r\n\r\n",
        "5;a=\u0000\r\nhello\r\n0\r\n\r\n", "5;a=\"x\u0001\"\r\nhello\r\n0\r\n\r\n", "5;a=\"open\r\nhello\r\n0\r\n\r\n",
        "5;a \r\nhello\r\n0\r\n\r\n", "0\r\n\n", "0\r\nT: v\n\r\n", "0\r\n T: v\r\n\r\n", "0\r\nT v\r\n\r\n",
        "0\r\nT: a\u0000b\r\n\r\n", "0\r\n: v\r\n\r\n", "0\r\n\rX"})
    void aBrokenBodyIsMalformed(String body) {
        ChunkedBody chunked = new ChunkedBody();
        chunked.start(BUDGET);
        assertThrows(ChunkedBody.Malformed.class, () -> chunked.skip(RequestParserTest.input(body + "NEXT\r\n\r\n")));
    }

    /** RFC 9112, 7.1: "Recipients MUST anticipate potentially large hexadecimal numerals": no overflow. */
    @ParameterizedTest
    @ValueSource(strings = {"FFFFFFFFFFFFFFFFFFFFFFFF\r\n", "10000000000000001\r\n", "401\r\n"})
    void aChunkLargerThanTheBudgetIsRefusedBeforeItsData(String sizeLine) {
        ChunkedBody body = new ChunkedBody();
        body.start(BUDGET);
        InputBuffer input = RequestParserTest.input(sizeLine + "x".repeat(2048));
        assertThrows(ChunkedBody.Malformed.class, () -> body.skip(input));
        assertTrue(input.start < sizeLine.length() + BUDGET, "stopped at " + input.start);
    }

    @Test
    void manySmallChunksCountFramingAgainstTheBudget() {
        ChunkedBody body = new ChunkedBody();
        body.start(BUDGET);
        assertThrows(ChunkedBody.Malformed.class, () -> body.skip(RequestParserTest.input("1\r\nx\r\n".repeat(200))));
    }

    @Test
    void anIncompleteBodyWaitsForMore() throws ChunkedBody.Malformed {
        ChunkedBody body = new ChunkedBody();
        body.start(BUDGET);
        assertFalse(body.skip(RequestParserTest.input("5\r\nhel")));
    }
}
