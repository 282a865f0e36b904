package dev.netbasics.ftp.client;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.FailureReport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import javax.net.ssl.SSLException;

/** ftp-tools' reading of network and TLS failures: its own exit codes, and a server's text made printable. */
public final class FtpFailures implements FailureReport {

    @Override
    public int exitCode(Exception failure) {
        return exitCodeOf(failure);
    }

    @Override
    public String message(Exception failure) {
        // ours already say what happened, in words made safe to print
        return failure instanceof FtpToolsException ? failure.getMessage() : describe(failure);
    }

    static int exitCodeOf(Throwable failure) {
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
        String message = ErrorHandler.describe(failure);
        if (failure.getMessage() == null || failure.getMessage().isBlank()) {
            return message;
        }
        if (hasCause(failure, SocketTimeoutException.class)) {
            return message.startsWith("Timed out") ? "t" + message.substring(1) : "timed out: " + message;
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host: " + message;
        }
        return ServerText.printable(message);
    }

    /** What went wrong with a local file, without repeating its name. */
    static String fileProblem(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return describe(failure);
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
}
