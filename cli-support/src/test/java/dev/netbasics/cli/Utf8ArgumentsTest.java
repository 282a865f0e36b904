package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ArgumentsTest {

    /** The kernel's copy of a command line: each word's bytes followed by a NUL. */
    private static byte[] commandLine(String... words) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String word : words) {
            bytes.writeBytes(word.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return bytes.toByteArray();
    }

    @Test
    void argumentsTheJvmDecodedAsAsciiAreReadAgainAsUtf8() {
        String[] asJvmDecodedThem = {"quote", "\uFFFD\uFFFD?x"};
        assertArrayEquals(new String[] {"quote", "ü?x"}, Utf8Arguments.redecoded(asJvmDecodedThem,
                commandLine("/usr/bin/java", "-Xshare:auto", "-jar", "url-tools.jar", "quote", "ü?x")));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() {
        byte[] latin1Word = {'/', 'x', 0, 'a', (byte) 0xe9, 0};
        assertArrayEquals(new String[] {"a\uFFFD"}, Utf8Arguments.redecoded(new String[] {"a\uFFFD"}, latin1Word));
    }

    @Test
    void aCommandLineThatDoesNotMatchTheArgumentsIsIgnored() {
        String[] args = {"x\uFFFD\uFFFD"};
        assertSame(args, Utf8Arguments.redecoded(args, commandLine("tool", "yé")), "another word");
        assertSame(args, Utf8Arguments.redecoded(args, commandLine("tool", "xé!")), "another length");
        String[] twoArgs = {"a", "\uFFFD\uFFFD"};
        assertSame(twoArgs, Utf8Arguments.redecoded(twoArgs, commandLine("ü")), "fewer words");
    }

    @Test
    void argumentsWithoutReplacementCharactersAreKept() {
        String[] args = {"get", "http://127.0.0.1/?q=1", "ü"};
        assertSame(args, Utf8Arguments.of(args));
    }
}
