package dev.netbasics.url;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.parse.PythonError;
import dev.netbasics.url.parse.UrlParser;
import java.util.Locale;

/**
 * What {@code url-tools parse} prints: the result's repr and the four properties Python computes from its netloc.
 * A port Python cannot read hides nothing else, as in Python, where only reading {@code .port} raises: its
 * ValueError is kept apart, to be raised after the other lines or written into the JSON document.
 */
final class UrlReport {

    private final UrlParser.Result result;
    private final Integer port;
    private final PythonError portError;

    private UrlReport(UrlParser.Result result, Integer port, PythonError portError) {
        this.result = result;
        this.port = port;
        this.portError = portError;
    }

    static UrlReport of(UrlParser.Result result) {
        try {
            return new UrlReport(result, result.port(), null);
        } catch (PythonError e) {
            return new UrlReport(result, null, e);
        }
    }

    /**
     * The repr line, then {@code username='u'}, {@code password=None}, {@code hostname=...}, and {@code port=80}
     * unless the port is one Python cannot read (see {@link #raisePortError}).
     */
    String text() {
        String text = result.repr() + "\n"
                + "username=" + repr(result.username()) + "\n"
                + "password=" + repr(result.password()) + "\n"
                + "hostname=" + repr(result.hostname());
        return portError != null ? text : text + "\nport=" + (port == null ? "None" : port.toString());
    }

    /** The ValueError Python raises on reading {@code .port}, if it does. */
    void raisePortError() {
        if (portError != null) {
            throw portError;
        }
    }

    /**
     * One JSON object: the tuple's fields in order, then the attributes, None as null, and {@code port_error},
     * the port's ValueError message or null.
     */
    String json() {
        StringBuilder json = new StringBuilder("{");
        for (var field : result.fields().entrySet()) {
            appendMember(json, field.getKey(), field.getValue());
        }
        appendMember(json, "username", result.username());
        appendMember(json, "password", result.password());
        appendMember(json, "hostname", result.hostname());
        json.append(",\"port\":").append(port == null ? "null" : port.toString());
        appendMember(json, "port_error", portError == null ? null : portError.getMessage());
        return json.append('}').toString();
    }

    private static void appendMember(StringBuilder json, String name, String value) {
        if (json.length() > 1) {
            json.append(',');
        }
        appendString(json, name);
        json.append(':');
        if (value == null) {
            json.append("null");
        } else {
            appendString(json, value);
        }
    }

    /** RFC 8259 string: quote, backslash and controls escaped, and lone surrogates, which UTF-8 cannot carry. */
    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
                        json.append("\\u").repeat('0', 4 - hex.length()).append(hex);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static String repr(String value) {
        return value == null ? "None" : PythonRepr.repr(value);
    }
}
