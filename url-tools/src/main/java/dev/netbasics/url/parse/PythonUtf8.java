package dev.netbasics.url.parse;

import dev.netbasics.cli.python.PythonRepr;
import java.nio.charset.StandardCharsets;

/** Python's UTF-8 codec with the error handlers urllib.parse uses: 'strict' to encode, 'replace' to decode. */
final class PythonUtf8 {

    private static final char REPLACEMENT = '\ufffd';

    private PythonUtf8() {
    }

    /** {@code text.encode('utf-8')}: a lone surrogate raises UnicodeEncodeError, positions in code points. */
    static byte[] encode(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            int c = text.codePointAt(i);
            if (isSurrogate(c)) {
                int end = position + 1;
                int next = i + 1;
                while (next < text.length() && isSurrogate(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                    end++;
                }
                throw PythonError.unicodeEncodeError(end == position + 1
                        ? "'utf-8' codec can't encode character " + PythonRepr.repr(Character.toString(c))
                                + " in position " + position + ": surrogates not allowed"
                        : "'utf-8' codec can't encode characters in position " + position + "-" + (end - 1)
                                + ": surrogates not allowed");
            }
            i += Character.charCount(c);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code bytes.decode('utf-8', 'replace')}: each maximal ill-formed subsequence (a valid prefix of a
     * sequence that breaks off, or a single bad byte) becomes one U+FFFD, as the Unicode standard recommends
     * and CPython does.
     */
    static String decodeReplacing(byte[] bytes) {
        int length = bytes.length;
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                out.append((char) lead);
                i++;
                continue;
            }
            int continuations;
            int secondLow = 0x80;
            int secondHigh = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                continuations = 1;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                continuations = 2;
                secondLow = lead == 0xe0 ? 0xa0 : 0x80;   // no overlong forms
                secondHigh = lead == 0xed ? 0x9f : 0xbf;  // no surrogates
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                continuations = 3;
                secondLow = lead == 0xf0 ? 0x90 : 0x80;   // no overlong forms
                secondHigh = lead == 0xf4 ? 0x8f : 0xbf;  // nothing above U+10FFFF
            } else {
                out.append(REPLACEMENT);
                i++;
                continue;
            }
            int codePoint = lead & (0x3f >> continuations);
            int next = i + 1;
            boolean complete = true;
            for (int k = 0; k < continuations; k++, next++) {
                int low = k == 0 ? secondLow : 0x80;
                int high = k == 0 ? secondHigh : 0xbf;
                if (next >= length || (bytes[next] & 0xff) < low || (bytes[next] & 0xff) > high) {
                    complete = false;
                    break;
                }
                codePoint = codePoint << 6 | (bytes[next] & 0x3f);
            }
            if (complete) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(REPLACEMENT);
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
