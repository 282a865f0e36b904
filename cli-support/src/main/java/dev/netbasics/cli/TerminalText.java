package dev.netbasics.cli;

/**
 * Untrusted text (a request line, a server's reply) made safe to print: control characters become {@code \xNN},
 * as Python 3.11's {@code http.server} log does, so the text can neither forge lines nor drive a terminal.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {
    }

    /** C0 controls, DEL and C1 controls escaped; the text itself when it has none. */
    public static String escapeControls(String text) {
        return escape(text, false);
    }

    /** As {@link #escapeControls}, but a tab stays a tab (a server's listing and replies use them as spacing). */
    public static String escapeControlsButTabs(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepTabs) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && !(keepTabs && c == '\t')) || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
