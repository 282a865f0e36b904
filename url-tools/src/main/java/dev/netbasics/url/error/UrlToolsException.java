package dev.netbasics.url.error;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolException;

/**
 * A failure of url-tools with the exit status it maps to; its message is the one line printed after
 * {@code Error: }. Made by {@link #usage} (exit 2), {@link #urlError} (urllib's {@code URLError}: exit 1, or the
 * project's code for what the network did) or as an {@link HttpError} (exit 22).
 */
public sealed class UrlToolsException extends ToolException permits HttpError {

    UrlToolsException(int exitCode, String message) {
        super(exitCode, message, null);
    }

    /** Bad input from the user: an option, a URL that cannot be opened at all, a file to send. */
    public static UrlToolsException usage(String message) {
        return new UrlToolsException(ExitCode.USAGE, message);
    }

    /** urllib's {@code URLError}: everything that kept the resource from being opened. */
    public static UrlToolsException urlError(String reason) {
        return urlError(ExitCode.FAILURE, reason);
    }

    /**
     * An answer that breaks HTTP, or one cut short: as Python's http.client raises these itself, not as a
     * URLError, they are told in the same words as http-tools tells them.
     */
    public static UrlToolsException badAnswer(int exitCode, String hostAndPort, String reason) {
        return badAnswer(exitCode, "request to " + hostAndPort + " failed: " + reason);
    }

    /** {@link #badAnswer(int, String, String)} whose message already names the server. */
    public static UrlToolsException badAnswer(int exitCode, String message) {
        return new UrlToolsException(exitCode, message);
    }

    /** A {@code URLError} with the project's exit code for its cause (unknown host, refused, timeout, TLS...). */
    public static UrlToolsException urlError(int exitCode, String reason) {
        return new UrlToolsException(exitCode, "<urlopen error " + reason + ">");
    }
}
