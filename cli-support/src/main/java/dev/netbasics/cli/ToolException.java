package dev.netbasics.cli;

/**
 * A failure told in one {@code Error:} line, with the exit status it ends the process with: one of
 * {@link ExitCode}'s.
 */
public class ToolException extends RuntimeException {

    private final int exitCode;

    public ToolException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** With the cause kept for {@code --debug}'s stack trace. */
    public ToolException(int exitCode, String message, Throwable cause) {
        super(message, cause, false, true);
        this.exitCode = exitCode;
    }

    public final int exitCode() {
        return exitCode;
    }
}
