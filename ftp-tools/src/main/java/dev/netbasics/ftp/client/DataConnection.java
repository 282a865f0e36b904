package dev.netbasics.ftp.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A data connection being read, within the data timeout: a socket channel straight into the caller's direct buffer,
 * without a copy on the way (plain FTP); or the stream of a socket without a channel straight into the array of the
 * caller's heap buffer (FTPS decrypts into an array anyway, and the copy into a direct buffer that writing the file
 * needs is then made by the thread that writes, not by the one that reads and decrypts). {@link #allocate} makes
 * the kind of buffer that suits the connection.
 */
final class DataConnection implements Closeable {

    private final Socket socket;
    private final SocketChannel channel;
    private final Selector selector;
    private final InputStream stream;
    private final long timeoutNanos;
    private final String timeoutText;

    private DataConnection(Socket socket, Selector selector, Duration timeout) throws IOException {
        this.socket = socket;
        this.channel = selector == null ? null : socket.getChannel();
        this.selector = selector;
        this.stream = selector == null ? socket.getInputStream() : null;
        this.timeoutNanos = timeout.toNanos();
        this.timeoutText = timeout.toMillis() % 1000 == 0 ? Long.toString(timeout.toSeconds())
                : Double.toString(timeout.toMillis() / 1000.0);
    }

    /** Takes over the socket: closing this closes it. */
    static DataConnection of(Socket socket, Duration timeout) throws IOException {
        Selector selector = null;
        try {
            SocketChannel channel = socket.getChannel();
            if (channel != null) {
                // a blocking channel read would ignore the timeout: wait for data with a selector instead
                channel.configureBlocking(false);
                selector = Selector.open();
                channel.register(selector, SelectionKey.OP_READ);
            }
            return new DataConnection(socket, selector, timeout);
        } catch (IOException | RuntimeException e) {
            if (selector != null) {
                selector.close();
            }
            socket.close();
            throw e;
        }
    }

    /** A buffer of this capacity that {@link #read} fills without a copy: direct for a channel, else on the heap. */
    ByteBuffer allocate(int capacity) {
        return channel != null ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
    }

    /**
     * Reads into the buffer's remaining space (at least one byte of it): the count, or -1 at the end of the data. The
     * buffer is one {@link #allocate} made.
     */
    int read(ByteBuffer buffer) throws IOException {
        if (channel == null) {
            int n = stream.read(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            if (n > 0) {
                buffer.position(buffer.position() + n);
            }
            return n;
        }
        long deadline = 0;
        while (true) {
            int n = channel.read(buffer);
            if (n != 0) {
                return n;
            }
            long now = System.nanoTime();
            if (deadline == 0) {
                deadline = now + timeoutNanos;
            } else if (now - deadline >= 0) {
                throw new SocketTimeoutException("no data for " + timeoutText + " s");
            }
            selector.select(Math.max(1, (deadline - now) / 1_000_000));
            selector.selectedKeys().clear();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (selector != null) {
                selector.close();
            }
        } finally {
            socket.close();
        }
    }
}
