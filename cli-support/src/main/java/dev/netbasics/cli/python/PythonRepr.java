package dev.netbasics.cli.python;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CPython 3.11's {@code repr()} of {@code str}, {@code bytes} and lists of {@code str}, character for character:
 * single quotes unless the text has one and no double quote; backslash escapes for the quote, the backslash,
 * tab, newline, carriage return and every character {@code str.isprintable()} refuses.
 */
public final class PythonRepr {

    /** Bytes escaped per write of {@link #print}: 64 KiB of text at most, a pipe's buffer. */
    private static final int PRINT_CHUNK = 16 * 1024;

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private PythonRepr() {
    }

    /** {@code repr(text)}. */
    public static String repr(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendRepr(out, text);
        return out.toString();
    }

    /** {@code repr(items)} of a list of {@code str}: {@code ['a', "it's"]}. */
    public static String list(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendRepr(out, items.get(i));
        }
        return out.append(']').toString();
    }

    /** Appends {@code repr(text)}. */
    public static void appendRepr(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c >= ' ' && c < 0x7f || c > 0x7f && isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                appendHex(out, "\\x", c, 2);
            } else if (c <= 0xffff) {
                appendHex(out, "\\u", c, 4);
            } else {
                appendHex(out, "\\U", c, 8);
            }
        }
        out.append(quote);
    }

    /**
     * {@code repr(data)} of {@code bytes}: {@code b'...'}, every byte outside printable ASCII as {@code \xNN}.
     * A plain loop over the bytes into an ASCII array: bodies of hundreds of kilobytes are printed this way.
     */
    public static String repr(byte[] data) {
        byte quote = quoteFor(data);
        byte[] out = new byte[data.length * 4 + 3];
        int n = 0;
        out[n++] = 'b';
        out[n++] = quote;
        n = escape(data, 0, data.length, quote, out, n);
        out[n++] = quote;
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code print(data)} of {@code bytes} onto a byte stream: its repr and a line end, escaped and written a chunk
     * at a time, so that a large body is never held a second time, four times over, as text.
     */
    public static void print(byte[] data, OutputStream out) throws IOException {
        byte quote = quoteFor(data);
        byte[] chunk = new byte[PRINT_CHUNK * 4 + 2];
        int n = 0;
        chunk[n++] = 'b';
        chunk[n++] = quote;
        for (int from = 0; from < data.length; from += PRINT_CHUNK) {
            n = escape(data, from, Math.min(data.length, from + PRINT_CHUNK), quote, chunk, n);
            out.write(chunk, 0, n);
            n = 0;
        }
        chunk[n++] = quote;
        chunk[n++] = '\n';
        out.write(chunk, 0, n);
    }

    /** Python's choice: single quotes, unless the data has one and no double quote. */
    private static byte quoteFor(byte[] data) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : data) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        return (byte) (hasSingle && !hasDouble ? '"' : '\'');
    }

    /** Escapes {@code data[from, to)} into {@code out} from index {@code n}, at most 4 bytes each; the new end. */
    private static int escape(byte[] data, int from, int to, byte quote, byte[] out, int n) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == quote || b == '\\') {
                out[n++] = '\\';
                out[n++] = b;
            } else if (b >= ' ' && b < 0x7f) {
                out[n++] = b;
            } else if (b == '\t' || b == '\n' || b == '\r') {
                out[n++] = '\\';
                out[n++] = (byte) (b == '\t' ? 't' : b == '\n' ? 'n' : 'r');
            } else {
                out[n++] = '\\';
                out[n++] = 'x';
                out[n++] = HEX_DIGITS[(b >> 4) & 0xf];
                out[n++] = HEX_DIGITS[b & 0xf];
            }
        }
        return n;
    }

    /** {@code str.isprintable()} of one character: not a separator (but the space) nor in category C. */
    public static boolean isPrintable(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return switch (Unicode14.type(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void appendHex(StringBuilder out, String prefix, int value, int digits) {
        String hex = Integer.toHexString(value);
        out.append(prefix).repeat('0', digits - hex.length()).append(hex);
    }
}
