package dev.netbasics.cli;

/**
 * A failure told in one {@code Error:} line, with the exit status it ends the process with. Each tool's own
 * exception extends it with the tool's documented codes beyond these two.
 */
public class ToolException extends RuntimeException {

    /** Runtime or network failure. */
    public static final int FAILURE = 1;
    /** Bad option, argument or input file. */
    public static final int USAGE = 2;

    private final int exitCode;

    public ToolException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** With the cause kept for {@code --verbose}'s stack trace. */
    public ToolException(int exitCode, String message, Throwable cause) {
        super(message, cause, false, true);
        this.exitCode = exitCode;
    }

    public final int exitCode() {
        return exitCode;
    }
}
