package dev.netbasics.ftp.client;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.net.ProtocolCommandEvent;
import org.apache.commons.net.ProtocolCommandListener;

/**
 * Watches the control connection: keeps the server's first reply (the welcome banner, which an FTPS client has
 * already answered with AUTH TLS by the time connect returns) and, with {@code --verbose}, traces every command and
 * reply to stderr with passwords masked, like ftplib's debug output.
 */
final class ControlTrace implements ProtocolCommandListener {

    private static final String MASK = "****";

    private final PrintWriter trace;
    private List<String> banner;
    private String lastCommand;

    /** @param trace where to print the protocol trace, or {@code null} for none */
    ControlTrace(PrintWriter trace) {
        this.trace = trace;
    }

    @Override
    public void protocolCommandSent(ProtocolCommandEvent event) {
        lastCommand = event.getCommand() == null ? null : event.getCommand().toUpperCase(Locale.ROOT);
        if (trace != null) {
            trace.println("> " + ServerText.printable(masked(event.getCommand(), event.getMessage().strip())));
            trace.flush();
        }
    }

    @Override
    public void protocolReplyReceived(ProtocolCommandEvent event) {
        List<String> lines = List.of(event.getMessage().strip().split("\r\n"));
        if (banner == null && event.getReplyCode() > 0) {
            banner = lines;
        }
        if (trace != null) {
            String prefix = event.getReplyCode() > 0 ? "< " : "* ";
            for (String line : lines) {
                trace.println(prefix + ServerText.printable(line));
            }
            trace.flush();
        }
    }

    /** The first reply of the session, line by line; empty before connecting. */
    List<String> banner() {
        return banner == null ? List.of() : banner;
    }

    /** The verb of the last command sent, upper case. */
    String lastCommand() {
        return lastCommand;
    }

    static String masked(String verb, String line) {
        String command = verb == null ? line : verb;
        String name = command.strip().split(" ", 2)[0].toUpperCase(Locale.ROOT);
        if (name.equals("PASS") || name.equals("ACCT")) {
            return name + " " + MASK;
        }
        return line;
    }
}
