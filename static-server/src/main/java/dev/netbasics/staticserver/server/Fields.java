package dev.netbasics.staticserver.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The header fields of a request in received order, names in lower case, values without surrounding whitespace. */
final class Fields {

    private final List<String[]> lines = new ArrayList<>(8);

    void add(String lowerCaseName, String value) {
        lines.add(new String[] {lowerCaseName, value});
    }

    int size() {
        return lines.size();
    }

    /**
     * The field's value, or null: several lines of one name are combined into one list, in order, as RFC 9110,
     * 5.3 lets a recipient do, so a field that may appear once is seen as the list it then is, never as just
     * its first or last line.
     */
    String get(String lowerCaseName) {
        String value = null;
        for (String[] line : lines) {
            if (line[0].equals(lowerCaseName)) {
                value = value == null ? line[1] : value + ", " + line[1];
            }
        }
        return value;
    }

    /** How many lines carry this name. */
    int count(String lowerCaseName) {
        int count = 0;
        for (String[] line : lines) {
            if (line[0].equals(lowerCaseName)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the field's list holds this token, compared without regard to case (Connection, say). */
    boolean hasToken(String lowerCaseName, String lowerCaseToken) {
        for (String[] line : lines) {
            if (line[0].equals(lowerCaseName)) {
                for (String part : line[1].split(",")) {
                    if (FieldSyntax.trimOws(part, 0, part.length()).toLowerCase(Locale.ROOT).equals(lowerCaseToken)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
