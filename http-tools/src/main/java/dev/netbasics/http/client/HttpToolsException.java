package dev.netbasics.http.client;

import dev.netbasics.cli.ToolException;

/** A failure reported as one {@code Error:} line with its own exit status. */
public final class HttpToolsException extends ToolException {

    /** {@code --fail} and a 4xx or 5xx answer, as curl's. */
    public static final int HTTP_ERROR = 22;

    public HttpToolsException(int exitCode, String message) {
        super(exitCode, message);
    }
}
