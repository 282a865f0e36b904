package dev.netbasics.ftp;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure into one {@code Error: <message>} line and its exit code; the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        err.println("Error: " + describe(failure));
        if (isVerbose(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode(failure);
    }

    static int exitCode(Throwable failure) {
        if (failure instanceof FtpToolsException known) {
            return known.exitCode();
        }
        if (hasCause(failure, SocketTimeoutException.class)) {
            return FtpToolsException.TIMEOUT;
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException) {
            return FtpToolsException.CONNECTION_REFUSED;
        }
        if (failure instanceof SSLException) {
            return FtpToolsException.TLS_FAILURE;
        }
        return FtpToolsException.FAILURE;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        if (hasCause(failure, SocketTimeoutException.class)) {
            return message.startsWith("Timed out") ? "t" + message.substring(1) : "timed out: " + message;
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host: " + message;
        }
        return ServerText.printable(message);
    }

    /** Commons Net wraps some timeouts, e.g. "Timed out waiting for initial connect reply". */
    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
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
