package dev.netbasics.chat.socket;

import dev.netbasics.cli.ToolException;

/** A failure the user is told about in one line: an unreachable, refusing, vanished or misbehaving peer. */
public final class ChatException extends ToolException {

    public ChatException(String message) {
        super(FAILURE, message);
    }
}
