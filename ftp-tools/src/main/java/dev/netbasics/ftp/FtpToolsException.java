package dev.netbasics.ftp;

import dev.netbasics.cli.ToolException;

/** A failure reported as one {@code Error:} line with its own, documented exit status. */
final class FtpToolsException extends ToolException {

    static final int LOGIN_FAILED = 3;
    static final int CONNECTION_REFUSED = 4;
    static final int TIMEOUT = 5;
    static final int TLS_FAILURE = 6;

    /** The exit code list shown by {@code --help}, one entry per status above. */
    static final String[] EXIT_CODE_HELP = {
        "0:success",
        "1:runtime or network failure, server error reply (4xx/5xx), incomplete transfer",
        "2:usage error (bad option, no password available, bad --cacert)",
        "3:login failed (wrong user or password)",
        "4:connection refused, host unreachable or unknown",
        "5:timed out (connect, reply or data)",
        "6:TLS failure (untrusted or mismatched certificate, handshake)"
    };

    FtpToolsException(int exitCode, String message) {
        super(exitCode, message);
    }

    FtpToolsException(int exitCode, String message, Throwable cause) {
        super(exitCode, message, cause);
    }
}
