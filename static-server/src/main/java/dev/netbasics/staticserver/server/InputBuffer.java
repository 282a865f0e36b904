package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * What a connection has read and not used yet, {@code data[start, end)}. Reads go into the event loop's
 * shared buffer; only what is left over after parsing (an incomplete head, a pipelined request) is copied
 * into a buffer of the connection's own, so an idle connection holds no buffer at all.
 */
final class InputBuffer {

    /** Room for the longest head the parser accepts, and one more read. */
    private static final int MAX_KEPT = RequestParser.MAX_REQUEST_LINE + RequestParser.MAX_HEADER_BYTES + 16 * 1024;

    byte[] data;
    int start;
    int end;
    private byte[] own;

    boolean isEmpty() {
        return start == end;
    }

    /**
     * Reads what the socket has, without waiting: into what is kept when something is, else into
     * {@code shared}. Returns the count, 0 when nothing was there, -1 at end of stream.
     */
    int read(ReadableByteChannel channel, byte[] shared) throws IOException {
        if (start < end) {
            if (end == own.length) {
                compact();
            }
            int read = channel.read(ByteBuffer.wrap(own, end, own.length - end));
            if (read > 0) {
                end += read;
            }
            return read;
        }
        data = shared;
        start = 0;
        end = 0;
        int read = channel.read(ByteBuffer.wrap(shared));
        if (read > 0) {
            end = read;
        }
        return read;
    }

    /** Keeps the unused bytes, if any, in a buffer of the connection's own; the shared one is about to be reused. */
    void keepRest() {
        if (start == end) {
            data = null;
            own = null;
            start = 0;
            end = 0;
        } else if (data != own) {
            int length = end - start;
            own = new byte[Math.max(length * 2, 4096)];
            System.arraycopy(data, start, own, 0, length);
            data = own;
            start = 0;
            end = length;
        }
    }

    /** Moves the unused bytes to the front of the own buffer, growing it when they fill it. */
    private void compact() {
        int length = end - start;
        byte[] target = own;
        if (start == 0) {
            if (own.length >= MAX_KEPT) {
                throw new IllegalStateException("the parser lets no head grow past " + MAX_KEPT + " bytes");
            }
            target = new byte[Math.min(own.length * 2, MAX_KEPT)];
        }
        System.arraycopy(own, start, target, 0, length);
        own = target;
        data = own;
        start = 0;
        end = length;
    }
}
