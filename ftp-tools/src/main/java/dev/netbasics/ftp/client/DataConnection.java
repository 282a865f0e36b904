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
 * A data connection being read, within the data timeout: a socket channel straight into the caller's (direct)
 * buffer, without a copy on the way (plain FTP); or the stream of a socket without a channel, through an array
 * (FTPS decrypts into one anyway).
 */
final class DataConnection implements Closeable {

    private static final int STREAM_CHUNK = 64 * 1024;

    private final Socket socket;
    private final SocketChannel channel;
    private final Selector selector;
    private final InputStream stream;
    private final byte[] chunk;
    private final long timeoutNanos;
    private final String timeoutText;

    private DataConnection(Socket socket, Selector selector, Duration timeout) throws IOException {
        this.socket = socket;
        this.channel = selector == null ? null : socket.getChannel();
        this.selector = selector;
        this.stream = selector == null ? socket.getInputStream() : null;
        this.chunk = selector == null ? new byte[STREAM_CHUNK] : null;
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

    /** Reads into the buffer's remaining space (at least one byte of it): the count, or -1 at the end of the data. */
    int read(ByteBuffer buffer) throws IOException {
        if (channel == null) {
            int n = stream.read(chunk, 0, Math.min(chunk.length, buffer.remaining()));
            if (n > 0) {
                buffer.put(chunk, 0, n);
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
