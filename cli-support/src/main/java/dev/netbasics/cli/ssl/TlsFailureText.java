package dev.netbasics.cli.ssl;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.TerminalText;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TLS failure told in words, with what the user can do about it, instead of the JDK's exception text
 * ({@code sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path…}).
 * The JDK tells its failures apart only by their messages, so they are read here, once, for every tool.
 */
public final class TlsFailureText {

    private static final Pattern WRONG_NAME = Pattern.compile(
            "No (?:subject alternative (?:DNS )?names? matching (?:IP address )?|name matching )(\\S+) found");
    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");

    private TlsFailureText() {
    }

    /** Why the TLS connection failed and what to do, or {@code null} when the failure is not about TLS. */
    public static String describe(Throwable failure) {
        String chain = messages(failure);
        if (ExitCode.hasCause(failure, CertificateExpiredException.class) || chain.contains("validity check failed")) {
            return "the server's certificate has expired";
        }
        if (ExitCode.hasCause(failure, CertificateNotYetValidException.class)) {
            return "the server's certificate is not valid yet (is this machine's clock right?)";
        }
        Matcher wrongName = WRONG_NAME.matcher(chain);
        if (wrongName.find()) {
            return "the server's certificate is not for " + TerminalText.escapeControls(wrongName.group(1))
                    + " (wrong host name); use a name the certificate has, or -k to skip the check";
        }
        if (chain.contains("unable to find valid certification path") || chain.contains("PKIX path")
                || chain.contains("Path does not chain") || chain.contains("signature check failed")) {
            return "the server's certificate is not trusted (no trusted CA signed it); trust its CA with"
                    + " --cacert FILE, or use -k to skip the check";
        }
        if (chain.contains("Unsupported or unrecognized SSL message")
                || chain.contains("plaintext connection?")) {
            return "the server did not answer in TLS: is this a plain-text port (http://, not https://)?";
        }
        Matcher alert = ALERT.matcher(chain);
        if (alert.find()) {
            return switch (alert.group(1).toLowerCase(Locale.ROOT)) {
                case "protocol_version", "handshake_failure", "insufficient_security" ->
                    "the server refused the TLS handshake (" + alert.group(1)
                            + "): no TLS version or cipher in common";
                case "certificate_required", "bad_certificate" ->
                    "the server refused the TLS handshake (" + alert.group(1) + "): it wants a client certificate";
                case "unrecognized_name" -> "the server does not know this host name (unrecognized_name)";
                default -> "the server refused the TLS handshake (" + TerminalText.escapeControls(alert.group(1)) + ")";
            };
        }
        if (chain.contains("Remote host terminated the handshake") || chain.contains("Connection reset")) {
            return "the server closed the connection during the TLS handshake: is this port TLS?";
        }
        if (ExitCode.hasCause(failure, javax.net.ssl.SSLException.class)) {
            return "TLS failure: " + TerminalText.escapeControls(ErrorHandler.describe(innermostTls(failure)));
        }
        return null;
    }

    private static Throwable innermostTls(Throwable failure) {
        Throwable tls = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException) {
                tls = cause;
            }
        }
        return tls;
    }

    /** Every message of the cause chain, one a line: the JDK words a TLS failure at any depth of it. */
    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                all.append(cause.getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
