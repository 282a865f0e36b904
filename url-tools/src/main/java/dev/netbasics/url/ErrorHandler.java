package dev.netbasics.url;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure into one {@code Error: <message>} line; the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        err.println("Error: " + describe(failure));
        if (isVerbose(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return failure instanceof UrlToolsException known ? known.exitCode() : EXIT_FAILURE;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
