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
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\x%02x", c));
            } else if (!Character.isDefined(c) || Character.getType(c) == Character.SURROGATE) {
                out.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(quote).toString();
    }
}
