package dev.netbasics.staticserver.server;

import java.util.Locale;

/**
 * Parameters of a header field value of the form {@code type *( OWS ";" OWS name "=" value )} (RFC 9110,
 * 5.6.6), as Content-Type and a part's Content-Disposition (RFC 7578, 4.2; RFC 6266) carry them: a value is a
 * token or a quoted-string, whose backslash escapes are undone.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** The value of the named parameter (case-insensitive), or null when it is absent or the value is malformed. */
    static String parameter(String value, String name) {
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i = skipWhitespace(value, i + 1);
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                return null;
            }
            String parameter = FieldSyntax.trimOws(value, i, equals).toLowerCase(Locale.ROOT);
            int start = skipWhitespace(value, equals + 1);
            StringBuilder parsed = new StringBuilder();
            int next;
            if (start < value.length() && value.charAt(start) == '"') {
                next = quoted(value, start + 1, parsed);
                if (next < 0) {
                    return null;
                }
            } else {
                next = start;
                while (next < value.length() && value.charAt(next) != ';') {
                    next++;
                }
                parsed.append(FieldSyntax.trimOws(value, start, next));
            }
            if (parameter.equals(name)) {
                return parsed.toString();
            }
            i = value.indexOf(';', next);
        }
        return null;
    }

    /** The disposition type before the parameters, in lower case. */
    static String type(String value) {
        int semicolon = value.indexOf(';');
        return FieldSyntax.trimOws(value, 0, semicolon < 0 ? value.length() : semicolon).toLowerCase(Locale.ROOT);
    }

    /** Reads a quoted-string's content from after its opening quote; returns the index after it, or -1. */
    private static int quoted(String value, int from, StringBuilder out) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                if (++i == value.length()) {
                    return -1;
                }
                c = value.charAt(i);
            }
            out.append(c);
        }
        return -1;
    }

    private static int skipWhitespace(String value, int i) {
        while (i < value.length() && FieldSyntax.isOws(value.charAt(i))) {
            i++;
        }
        return i;
    }
}
