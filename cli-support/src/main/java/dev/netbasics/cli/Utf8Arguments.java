package dev.netbasics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line arguments decoded as UTF-8 under the C/POSIX locale too, as Python reads them there (PEP 538,
 * PEP 540) and as a native image always does. The JVM decodes them in the locale's charset, which the C locale
 * makes ASCII, so every other byte arrives as U+FFFD; then they are read again, as bytes, from the kernel's copy.
 */
final class Utf8Arguments {

    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private Utf8Arguments() {
    }

    static String[] of(String[] args) {
        if (!anyUndecodable(args)) {
            return args;
        }
        try {
            return redecoded(args, Files.readAllBytes(COMMAND_LINE));
        } catch (IOException | SecurityException e) {
            return args;
        }
    }

    private static boolean anyUndecodable(String[] args) {
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last {@code args.length} words of a NUL-separated command line, as UTF-8, if they are the arguments
     * the JVM decoded as ASCII (one character per byte, U+FFFD for each byte over 0x7f); else the arguments.
     */
    static String[] redecoded(String[] args, byte[] commandLine) {
        List<byte[]> words = new ArrayList<>();
        for (int start = 0, end; start < commandLine.length; start = end + 1) {
            end = start;
            while (end < commandLine.length && commandLine[end] != 0) {
                end++;
            }
            words.add(Arrays.copyOfRange(commandLine, start, end));
        }
        if (words.size() < args.length) {
            return args;
        }
        String[] decoded = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            byte[] word = words.get(words.size() - args.length + i);
            if (!decodedAsAscii(word, args[i])) {
                return args;
            }
            decoded[i] = new String(word, StandardCharsets.UTF_8);
        }
        return decoded;
    }

    private static boolean decodedAsAscii(byte[] word, String arg) {
        if (word.length != arg.length()) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            char expected = word[i] >= 0 ? (char) word[i] : '\uFFFD';
            if (arg.charAt(i) != expected) {
                return false;
            }
        }
        return true;
    }
}
