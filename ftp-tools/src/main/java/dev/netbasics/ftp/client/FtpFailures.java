package dev.netbasics.ftp.client;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.FailureReport;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apache.commons.net.MalformedServerReplyException;

/**
 * ftp-tools' reading of network and TLS failures: their codes are the project's ({@link ExitCode#of}), their
 * words ftp-tools' own, and a server's text is made printable.
 */
public final class FtpFailures implements FailureReport {

    @Override
    public int exitCode(Exception failure) {
        // Commons Net's word for a reply it cannot read, and BoundedReplyReader's for one past its limits
        return ExitCode.hasCause(failure, MalformedServerReplyException.class) ? ExitCode.PROTOCOL
                : ExitCode.of(failure);
    }

    @Override
    public String message(Exception failure) {
        // ours already say what happened, in words made safe to print
        return failure instanceof FtpToolsException ? failure.getMessage() : describe(failure);
    }

    static String describe(Throwable failure) {
        String message = ErrorHandler.describe(failure);
        if (failure.getMessage() == null || failure.getMessage().isBlank()) {
            return message;
        }
        if (ExitCode.hasCause(failure, SocketTimeoutException.class)) {
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
}
