package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are what CPython 3.11's {@code repr()} printed for the same strings. */
class PythonReprTest {

    @Test
    void quotesAndEscapesAsPythonDoes() {
        assertEquals("'text/html'", PythonRepr.string("text/html"));
        assertEquals("\"it's\"", PythonRepr.string("it's"));
        assertEquals("'both \\' and \"'", PythonRepr.string("both ' and \""));
        assertEquals("'tab\\there'", PythonRepr.string("tab\there"));
        assertEquals("'\\\\back'", PythonRepr.string("\\back"));
    }

    @Test
    void onlyPrintableCharactersAreShownAsThemselves() {
        assertEquals("'nbsp\\xa0soft\\xadhyphen'", PythonRepr.string("nbsp\u00a0soft\u00adhyphen"));
        assertEquals("'c1\\x85 del\\x7f nul\\x00'", PythonRepr.string("c1\u0085 del\u007f nul\u0000"));
        assertEquals("'café ÿ'", PythonRepr.string("café \u00ff"));
        assertEquals("'zw\\u200bsp \\u2028ls \\ue000pua \uD83D\uDE00 \\U000e0001'",
                PythonRepr.string("zw\u200bsp \u2028ls \ue000pua \uD83D\uDE00 \uDB40\uDC01"));
    }

    @Test
    void headerListIsTheListOfTuplesGetheadersGives() {
        assertEquals("[('Content-Type', 'text/html'), ('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2')]",
                PythonRepr.headerList(List.of(new HttpResult.Header("Content-Type", "text/html"),
                        new HttpResult.Header("Set-Cookie", "a=1"), new HttpResult.Header("Set-Cookie", "b=2"))));
        assertEquals("[]", PythonRepr.headerList(List.of()));
    }
}
