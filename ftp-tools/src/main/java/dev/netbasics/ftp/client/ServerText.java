package dev.netbasics.ftp.client;

import dev.netbasics.cli.TerminalText;
import java.util.List;

/** Text that comes from the server is untrusted: made safe to print, and checked before it names a local file. */
public final class ServerText {

    private ServerText() {
    }

    /** The text with control characters (other than tab) shown as {@code \xNN}, so no reply can drive the terminal. */
    public static String printable(String text) {
        return TerminalText.escapeControlsButTabs(text);
    }

    /** The lines of a reply joined for a one-line message. */
    static String oneLine(List<String> lines) {
        return printable(String.join(" ", lines).strip());
    }

    /**
     * Why a name the server listed must not become a local file name, or {@code null} when it is a plain name: no
     * path separators, no {@code .}/{@code ..}, nothing absolute, no NUL or control characters.
     */
    static String unsafeNameReason(String name) {
        if (name.isEmpty()) {
            return "empty name";
        }
        if (name.equals(".") || name.equals("..")) {
            return "names a directory, not a file";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                return "contains a path separator";
            }
            if (c < 0x20 || c == 0x7f) {
                return "contains control characters";
            }
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return "looks like a drive path";
        }
        return null;
    }
}
