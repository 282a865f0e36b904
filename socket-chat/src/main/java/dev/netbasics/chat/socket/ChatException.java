package dev.netbasics.chat.socket;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolException;

/**
 * A failure the user is told about in one line, with its code from the project's table: an unknown host, an
 * unreachable or refusing peer, a timeout, a peer that breaks the chat's rules, one that vanished.
 */
public final class ChatException extends ToolException {

    public ChatException(int exitCode, String message) {
        super(exitCode, message);
    }

    /** With the failure underneath, for {@code --debug}'s stack trace. */
    public ChatException(int exitCode, String message, Throwable cause) {
        super(exitCode, message, cause);
    }
}
