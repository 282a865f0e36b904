package dev.netbasics.cli.ssl;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.TerminalText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a client's handshake with one of our servers failed, in words for the server's log: the server-side
 * counterpart of {@link TlsFailureText}, which speaks to the client's user.
 */
public final class TlsClientFailureText {

    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");

    private TlsClientFailureText() {
    }

    public static String describe(Throwable failure) {
        String chain = TlsFailureText.messages(failure);
        Matcher alert = ALERT.matcher(chain);
        if (alert.find()) {
            String name = TerminalText.escapeControls(alert.group(1));
            return switch (alert.group(1)) {
                case "certificate_unknown", "bad_certificate", "unknown_ca", "certificate_expired",
                        "unsupported_certificate", "access_denied" ->
                    "the client does not accept this server's certificate (" + name + ")";
                case "protocol_version", "handshake_failure", "insufficient_security" ->
                    "no TLS version or cipher in common with the client (" + name + ")";
                default -> "the client ended the handshake (" + name + ")";
            };
        }
        if (chain.contains("Unsupported or unrecognized SSL message") || chain.contains("plaintext connection?")) {
            return "the client does not speak TLS (plain text on a TLS port?)";
        }
        if (chain.contains("no cipher suites in common") || chain.contains("is not enabled or supported")
                || chain.contains("No appropriate protocol")) {
            return "no TLS version or cipher in common with the client";
        }
        if (chain.contains("Remote host terminated the handshake") || chain.contains("Connection reset")
                || chain.contains("Broken pipe")) {
            return "the client closed the connection during the TLS handshake";
        }
        return "TLS handshake failed: " + TerminalText.escapeControls(ErrorHandler.describe(failure));
    }
}
