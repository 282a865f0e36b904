package dev.netbasics.http;

import dev.netbasics.cli.ToolException;

/** A failure reported as one {@code Error:} line with its own exit status. */
final class HttpToolsException extends ToolException {

    /** {@code --fail} and a 4xx or 5xx answer, as curl's. */
    static final int HTTP_ERROR = 22;

    HttpToolsException(int exitCode, String message) {
        super(exitCode, message);
    }
}
