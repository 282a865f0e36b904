package dev.netbasics.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure into one {@code Error: <message>} line and its exit code; the stack trace only with --debug.
 * The line never carries a control character, whoever wrote the message: a peer's text cannot drive the terminal.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    private final FailureReport failures;

    ErrorHandler(FailureReport failures) {
        this.failures = failures;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        print(failures.message(failure), failure, commandLine, parseResult);
        return failure instanceof ToolException known ? known.exitCode() : failures.exitCode(failure);
    }

    /**
     * A JVM error (out of memory, a stack overflow, a class the image lacks), which picocli does not hand to the
     * handler: reported the same way, as a runtime failure.
     */
    static int handleError(Error failure, CommandLine commandLine) {
        print(describe(failure), failure, commandLine, commandLine.getParseResult());
        return ExitCode.FAILURE;
    }

    private static void print(String message, Throwable failure, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        err.println("Error: " + TerminalText.escapeControls(message));
        if (isDebug(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
    }

    /** The failure's message, or its type's name when it has none. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static boolean isDebug(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
