package dev.netbasics.http.client;

import dev.netbasics.cli.ToolException;

/** A failure reported as one {@code Error:} line with its exit status from the project's table. */
public final class HttpToolsException extends ToolException {

    public HttpToolsException(int exitCode, String message) {
        super(exitCode, message);
    }
}
