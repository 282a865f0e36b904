package dev.netbasics.cli.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The socket's input with two limits on every read: no byte for the idle time, or past the deadline of the whole
 * exchange, is a {@link SocketTimeoutException}. A server that accepts and never answers, or stops mid-body, cannot
 * hold the client forever.
 */
final class TimedInput extends FilterInputStream {

    private final Socket socket;
    private final long idleMillis;
    private final long deadlineNanos;

    /** {@code idleMillis} and the deadline: zero for none; the deadline as {@link System#nanoTime()}. */
    TimedInput(Socket socket, InputStream in, long idleMillis, long deadlineNanos) {
        super(in);
        this.socket = socket;
        this.idleMillis = idleMillis;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        arm();
        return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        arm();
        return super.read(buffer, offset, length);
    }

    private void arm() throws IOException {
        long timeout = idleMillis;
        if (deadlineNanos != 0) {
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("the exchange took longer than its time limit");
            }
            timeout = timeout == 0 ? left : Math.min(timeout, left);
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout));
    }
}
