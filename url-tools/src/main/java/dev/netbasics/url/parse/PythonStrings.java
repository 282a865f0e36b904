package dev.netbasics.url.parse;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.cli.python.Unicode14;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11's {@code str} methods whose results urllib's functions depend on: {@code lower()}, {@code strip()},
 * {@code splitlines()} and {@code split(sep)}, character for character ({@code repr()} and {@code isprintable()}
 * are cli-support's {@link PythonRepr}). Character properties come from {@link Unicode14}, the Unicode version of
 * Python 3.11.
 */
public final class PythonStrings {

    private static final char FINAL_SIGMA = '\u03c2';
    private static final char SIGMA = '\u03c3';
    private static final int CAPITAL_SIGMA = 0x3a3;
    private static final int CAPITAL_I_WITH_DOT = 0x130;

    /** Word_Break MidLetter, MidNumLet and Single_Quote: case-ignorable whatever their category. */
    private static final String CASE_IGNORABLE_PUNCTUATION =
            "'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a";

    /** Py_UNICODE_ISSPACE: bidirectional types WS, B and S, and category Zs. */
    private static final String WHITESPACE = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    /** Py_UNICODE_ISLINEBREAK; "\r\n" also ends one line. */
    private static final String LINE_BREAKS = "\n\u000b\f\r\u001c\u001d\u001e\u0085\u2028\u2029";

    private PythonStrings() {
    }

    /**
     * {@code str.lower()}: full lower-case mapping (U+0130 becomes two characters) and the Final_Sigma rule
     * for capital sigma, with Python's definitions of cased and case-ignorable.
     */
    static String lower(String text) {
        int[] codePoints = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == CAPITAL_I_WITH_DOT) {
                out.append("i\u0307");
            } else if (c == CAPITAL_SIGMA) {
                out.append(isFinalSigma(codePoints, i) ? FINAL_SIGMA : SIGMA);
            } else if (Unicode14.isAssigned(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** {@code str.strip()} without arguments. */
    public static String strip(String text) {
        String stripped = lstrip(text);
        int end = stripped.length();
        while (end > 0 && WHITESPACE.indexOf(stripped.charAt(end - 1)) >= 0) {
            end--;
        }
        return stripped.substring(0, end);
    }

    /** {@code str.lstrip()} without arguments. */
    public static String lstrip(String text) {
        int start = 0;
        while (start < text.length() && WHITESPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    /** {@code str.isascii()}. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code str.splitlines()}: no line ends kept, no empty line after a final line break. */
    public static List<String> splitlines(String text) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && LINE_BREAKS.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            lines.add(text.substring(start, i));
            if (i < text.length()) {
                i += text.startsWith("\r\n", i) ? 2 : 1;
            }
        }
        return lines;
    }

    /** {@code str.split(separator)}: literal, non-overlapping, every empty piece kept. */
    static List<String> split(String text, String separator) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
            pieces.add(text.substring(start, at));
            start = at + separator.length();
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** Cased letter, case-ignorables, capital sigma, then no case-ignorables followed by a cased letter. */
    private static boolean isFinalSigma(int[] codePoints, int at) {
        int before = at - 1;
        while (before >= 0 && isCaseIgnorable(codePoints[before])) {
            before--;
        }
        if (before < 0 || !isCased(codePoints[before])) {
            return false;
        }
        int after = at + 1;
        while (after < codePoints.length && isCaseIgnorable(codePoints[after])) {
            after++;
        }
        return after == codePoints.length || !isCased(codePoints[after]);
    }

    private static boolean isCased(int c) {
        return Unicode14.isAssigned(c)
                && (Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c));
    }

    private static boolean isCaseIgnorable(int c) {
        return switch (Unicode14.type(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                 Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
            default -> c < Character.MIN_SUPPLEMENTARY_CODE_POINT && CASE_IGNORABLE_PUNCTUATION.indexOf(c) >= 0;
        };
    }
}
