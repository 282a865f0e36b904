package dev.netbasics.ftp.client;

import dev.netbasics.cli.ToolException;

/** A failure reported as one {@code Error:} line with its exit status from the project's table. */
public final class FtpToolsException extends ToolException {

    public FtpToolsException(int exitCode, String message) {
        super(exitCode, message);
    }

    public FtpToolsException(int exitCode, String message, Throwable cause) {
        super(exitCode, message, cause);
    }
}
