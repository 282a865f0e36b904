package dev.netbasics.staticserver.server;

import java.util.ArrayList;
import java.util.List;

/** The grammar every part of a request head is checked against (RFC 9110, 5.5 and 5.6). */
final class FieldSyntax {

    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[c - 'a' + 'A'] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private FieldSyntax() {
    }

    static boolean isTchar(char c) {
        return c < 128 && TCHAR[c];
    }

    /** token = 1*tchar (RFC 9110, 5.6.2). */
    static boolean isToken(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isTchar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isToken(String text) {
        return isToken(text, 0, text.length());
    }

    /**
     * A field value as RFC 9110, 5.5 allows it: visible characters, obs-text, and spaces or tabs between them.
     * NUL, CR, LF and the other control characters are refused, not kept or replaced, so no value can carry
     * them to a file name, a log line or another parser.
     */
    static boolean isFieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The text between {@code start} and {@code end} without the optional whitespace (SP, HTAB) around it. */
    static String trimOws(String text, int start, int end) {
        while (start < end && isOws(text.charAt(start))) {
            start++;
        }
        while (end > start && isOws(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * The members of a comma-separated list (RFC 9110, 5.6.1), each without the whitespace around it; empty
     * members are dropped, as a recipient must do, and a comma inside a quoted string does not separate.
     * Null when a quoted string is not closed.
     */
    static List<String> members(String value) {
        List<String> members = new ArrayList<>(2);
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                addMember(members, value, start, i);
                start = i + 1;
            }
        }
        if (quoted) {
            return null;
        }
        addMember(members, value, start, value.length());
        return members;
    }

    private static void addMember(List<String> members, String value, int start, int end) {
        String member = trimOws(value, start, end);
        if (!member.isEmpty()) {
            members.add(member);
        }
    }
}
