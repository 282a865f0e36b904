package dev.netbasics.chat.socket;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Messages from a stream peer, in UTF-8. A message is a line; its bytes are collected whole before they
 * are decoded, so a multi-byte character is never split (the book's {@code recv(1024).decode()} can split
 * one). A peer that never ends its messages with a newline — the book's own scripts — is understood too:
 * when such a peer falls silent with text pending, that text is the message.
 */
public final class MessageReader {

    /** How long an unterminated message may pause before it counts as complete. */
    static final int UNFRAMED_GRACE_MILLIS = 100;
    private static final int POLL_MILLIS = 5;

    private final InputStream in;
    private final int maxBytes;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;
    private boolean peerFramesLines;

    public MessageReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Whether the peer ends its messages with newlines; false until it has ended one. */
    public boolean peerFramesLines() {
        return peerFramesLines;
    }

    /** The next message without its line ending, or {@code null} when the peer has closed. */
    public String next() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    peerFramesLines = true;
                    int lineEnd = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                    if (lineEnd - start > maxBytes) {
                        throw tooLong();
                    }
                    String line = decode(start, lineEnd);
                    start = i + 1;
                    return line;
                }
            }
            if (end - start > maxBytes) {
                throw tooLong();
            }
            if (end > start && !peerFramesLines && quiet()) {
                int complete = completeUtf8End(start, end);
                if (complete > start) {
                    String message = decode(start, complete);
                    start = complete;
                    return message;
                }
            }
            if (!fill()) {
                if (end > start) {
                    String last = decode(start, end);
                    start = end;
                    return last;
                }
                return null;
            }
        }
    }

    private ChatException tooLong() {
        return new ChatException(ExitCode.PROTOCOL, "peer sent a line longer than " + maxBytes + " bytes; refused");
    }

    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBytes + 2));
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            return false;
        }
        end += read;
        return true;
    }

    /** Whether no more bytes arrive within the grace period. */
    private boolean quiet() throws IOException {
        for (int waited = 0; waited < UNFRAMED_GRACE_MILLIS; waited += POLL_MILLIS) {
            if (in.available() > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return in.available() == 0;
    }

    /** The end of the last complete UTF-8 character in [from, to). */
    private int completeUtf8End(int from, int to) {
        int i = to - 1;
        int continuation = 0;
        while (i >= from && (buffer[i] & 0xC0) == 0x80 && continuation < 3) {
            i--;
            continuation++;
        }
        if (i < from) {
            return to;
        }
        int lead = buffer[i] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return continuation + 1 >= length ? to : i;
    }

    private String decode(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.UTF_8);
    }
}
