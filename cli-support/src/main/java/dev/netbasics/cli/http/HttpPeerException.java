package dev.netbasics.cli.http;

import java.io.IOException;

/**
 * What the server sent, or how it ended the exchange, is not a usable HTTP answer. The message says what, in the
 * user's words; the exit code is the project's: {@code PROTOCOL} for an answer that breaks HTTP's rules, {@code
 * FAILURE} for one cut short or refused by our limits.
 */
public final class HttpPeerException extends IOException {

    private final int exitCode;

    public HttpPeerException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public HttpPeerException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
