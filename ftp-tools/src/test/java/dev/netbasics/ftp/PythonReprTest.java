package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonReprTest {

    @Test
    void theBooksList() {
        assertEquals("['hello', 'hello.c', 'sample.txt']", PythonRepr.list(List.of("hello", "hello.c", "sample.txt")));
        assertEquals("[]", PythonRepr.list(List.of()));
    }

    @Test
    void quotesAndEscapesLikeCPython() {
        assertEquals("[\"it's\", 'say \"hi\"', 'both \\'\"', 'back\\\\slash']",
                PythonRepr.list(List.of("it's", "say \"hi\"", "both '\"", "back\\slash")));
        assertEquals("['tab\\tnl\\ncr\\r', 'nul\\x00', 'del\\x7f', 'nbsp\\xa0', 'caf\u00e9 \u65e5\u672c']",
                PythonRepr.list(List.of("tab\tnl\ncr\r", "nul\u0000", "del\u007f", "nbsp\u00a0", "caf\u00e9 \u65e5\u672c")));
        assertEquals("['zwsp\\u200b', 'emoji \ud83d\ude00']", PythonRepr.list(List.of("zwsp\u200b", "emoji \ud83d\ude00")));
    }
}
