package dev.netbasics.ftp.client;

import dev.netbasics.cli.ToolException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A failure reported as one {@code Error:} line with its own, documented exit status. */
public final class FtpToolsException extends ToolException {

    public static final int LOGIN_FAILED = 3;
    public static final int CONNECTION_REFUSED = 4;
    public static final int TIMEOUT = 5;
    public static final int TLS_FAILURE = 6;

    public FtpToolsException(int exitCode, String message) {
        super(exitCode, message);
    }

    public FtpToolsException(int exitCode, String message, Throwable cause) {
        super(exitCode, message, cause);
    }

    /** The exit code list {@code --help} shows, one entry per status, in order. */
    public static Map<String, String> exitCodeHelp() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put("0", "success");
        help.put(Integer.toString(FAILURE), "runtime or network failure, server error reply (4xx/5xx), incomplete transfer");
        help.put(Integer.toString(USAGE), "usage error (bad option, no password available, bad --cacert)");
        help.put(Integer.toString(LOGIN_FAILED), "login failed (wrong user or password)");
        help.put(Integer.toString(CONNECTION_REFUSED), "connection refused, host unreachable or unknown");
        help.put(Integer.toString(TIMEOUT), "timed out (connect, reply or data)");
        help.put(Integer.toString(TLS_FAILURE), "TLS failure (untrusted or mismatched certificate, handshake)");
        return help;
    }
}
