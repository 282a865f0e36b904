package dev.netbasics.chat;

import dev.netbasics.cli.ToolException;

/** A failure the user is told about in one line: an unreachable, refusing, vanished or misbehaving peer. */
final class ChatException extends ToolException {

    ChatException(String message) {
        super(FAILURE, message);
    }
}
