package dev.netbasics.http;

import java.util.List;

/** Python's repr of strings and of the list of header tuples the book's script prints. */
final class PythonRepr {

    private PythonRepr() {
    }

    /** {@code [('Content-Type', 'text/html'), ('Set-Cookie', 'a=1')]}, as {@code getheaders()} prints. */
    static String headerList(List<HttpResult.Header> headers) {
        StringBuilder out = new StringBuilder("[");
        for (HttpResult.Header header : headers) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('(').append(string(header.name())).append(", ").append(string(header.value())).append(')');
        }
        return out.append(']').toString();
    }

    /** {@code repr(str)}: single quotes unless the text has one and no double quote; escapes as Python's. */
    static String string(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (printable(c)) {
                out.appendCodePoint(c);
            } else {
                String hex = Integer.toHexString(c);
                int digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
                out.append(c <= 0xff ? "\\x" : c <= 0xffff ? "\\u" : "\\U").append("0".repeat(digits - hex.length()))
                        .append(hex);
            }
        }
        return out.append(quote).toString();
    }

    /**
     * Python's {@code str.isprintable()} for one character: no control, format, private-use or unassigned
     * character, and no separator but the space.
     */
    private static boolean printable(int c) {
        return c == ' ' || switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
