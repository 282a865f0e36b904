package dev.netbasics.cli.http;

import dev.netbasics.cli.TerminalText;
import java.io.PrintWriter;

/**
 * curl's {@code -v}: the request head as sent ({@code > }), the answer's heads as received ({@code < }), and what
 * the client did ({@code * }), on standard error, with the server's control characters escaped.
 */
public final class WireTrace {

    private static final WireTrace SILENT = new WireTrace(null);

    private final PrintWriter out;

    private WireTrace(PrintWriter out) {
        this.out = out;
    }

    public static WireTrace to(PrintWriter out) {
        return new WireTrace(out);
    }

    public static WireTrace silent() {
        return SILENT;
    }

    public boolean enabled() {
        return out != null;
    }

    public void sent(String line) {
        print("> ", line);
    }

    public void received(String line) {
        print("< ", line);
    }

    public void info(String line) {
        print("* ", line);
    }

    private void print(String prefix, String line) {
        if (out != null) {
            out.println(prefix + TerminalText.escapeControls(line));
            out.flush();
        }
    }
}
