package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The responses of one connection, waiting to be sent: each is given whole (status line, headers, then its
 * body from memory or as file regions) and leaves in as few writes as the socket takes, headers and small
 * bodies gathered into one, file regions by {@link FileChannel#transferTo} (no copy through the heap). A
 * file handed over is closed here once sent, or when the connection ends.
 */
final class ResponseWriter {

    /** Buffers gathered into one write at most; more wait for the next. */
    private static final int MAX_GATHER = 8;

    private final String protocol;
    private final StringBuilder head = new StringBuilder(512);
    /** ByteBuffers and FileRegions, in the order they go out. */
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private final ByteBuffer[] gather = new ByteBuffer[MAX_GATHER];

    /** Part of an open file still to be sent; the last region of a file closes it. */
    private static final class FileRegion {
        final FileChannel file;
        long position;
        final long end;
        final boolean closesFile;

        FileRegion(FileChannel file, long position, long length, boolean closesFile) {
            this.file = file;
            this.position = position;
            this.end = position + length;
            this.closesFile = closesFile;
        }
    }

    ResponseWriter(String protocol) {
        this.protocol = protocol;
    }

    /** RFC 9110, 15.2.1: the interim answer a client that expects it waits for before it sends a body. */
    void sendContinue() {
        pending.add(ByteBuffer.wrap((protocol + " 100 Continue\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
    }

    ResponseWriter start(int status) {
        head.setLength(0);
        head.append(protocol).append(' ').append(status).append(' ').append(HttpStatus.phrase(status)).append("\r\n");
        return header("Server", FileServer.SERVER_NAME).header("Date", HttpDates.now());
    }

    ResponseWriter header(String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
        return this;
    }

    /** Ends the head with the blank line. */
    ResponseWriter endHead() {
        head.append("\r\n");
        pending.add(ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.ISO_8859_1)));
        return this;
    }

    /** Ends the head with these headers, shared between responses and ending in the blank line. */
    ResponseWriter endHead(ByteBuffer moreHeaders) {
        pending.add(ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.ISO_8859_1)));
        pending.add(moreHeaders.duplicate());
        return this;
    }

    /** The head, then this body. */
    void send(byte[] body) {
        endHead().append(ByteBuffer.wrap(body));
    }

    void sendHeadOnly() {
        endHead();
    }

    /** Body bytes, which may be shared between responses: they are not consumed. */
    ResponseWriter append(ByteBuffer bytes) {
        if (bytes.hasRemaining()) {
            pending.add(bytes.duplicate());
        }
        return this;
    }

    /** Body bytes from an open file, sent without a copy through the heap. */
    ResponseWriter append(FileChannel file, long offset, long length) {
        pending.add(new FileRegion(file, offset, length, false));
        return this;
    }

    /** The file, whose parts are appended, is this writer's to close once they are sent. */
    void closeWhenSent(FileChannel file) {
        pending.add(new FileRegion(file, 0, 0, true));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Writes what the socket takes without waiting; true once everything has gone. A file that has shrunk
     * below the part still to send is an IOException: the response can no longer be completed.
     */
    boolean flush(SocketChannel channel) throws IOException {
        while (!pending.isEmpty()) {
            if (pending.peekFirst() instanceof FileRegion region) {
                if (!transfer(region, channel)) {
                    return false;
                }
                pending.removeFirst();
                if (region.closesFile) {
                    region.file.close();
                }
                continue;
            }
            int count = 0;
            for (Object part : pending) {
                if (!(part instanceof ByteBuffer buffer) || count == MAX_GATHER) {
                    break;
                }
                gather[count++] = buffer;
            }
            channel.write(gather, 0, count);
            boolean done = true;
            for (int i = 0; i < count; i++) {
                if (gather[i].hasRemaining()) {
                    done = false;
                    break;
                }
                pending.removeFirst();
            }
            Arrays.fill(gather, 0, count, null);
            if (!done) {
                return false;
            }
        }
        return true;
    }

    /** Drops what was not sent and closes the files it holds. */
    void discard() {
        for (Object part : pending) {
            if (part instanceof FileRegion region && region.closesFile) {
                try {
                    region.file.close();
                } catch (IOException e) {
                    // nothing more to do with it
                }
            }
        }
        pending.clear();
    }

    private boolean transfer(FileRegion region, SocketChannel channel) throws IOException {
        while (region.position < region.end) {
            long sent = region.file.transferTo(region.position, region.end - region.position, channel);
            if (sent == 0) {
                if (region.position >= region.file.size()) {
                    throw new IOException("file shrank while being sent");
                }
                return false;
            }
            region.position += sent;
        }
        return true;
    }
}
