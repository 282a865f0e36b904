package dev.netbasics.chat;

/** A failure the user is told about in one line: an unreachable, refusing, vanished or misbehaving peer. */
final class ChatException extends RuntimeException {

    ChatException(String message) {
        super(message, null, false, false);
    }
}
