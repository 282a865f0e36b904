package dev.netbasics.chat.socket;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLSocket;

/**
 * A connected stream socket as a chat uses it: the bytes of a TCP or Unix socket as they are, or the plain text
 * of a TLS session over it. The socket itself, the {@link #transport()}, is what a {@link Deadline} closes: that
 * wakes a blocked read on either kind at once.
 */
public final class Connection implements Closeable {

    private final SocketChannel channel;
    private final SSLSocket tls;
    private final InputStream in;
    private final OutputStream out;

    private Connection(SocketChannel channel, SSLSocket tls, InputStream in, OutputStream out) {
        this.channel = channel;
        this.tls = tls;
        this.in = in;
        this.out = out;
    }

    /** The channel's bytes as they are. */
    public static Connection plain(SocketChannel channel) {
        return new Connection(channel, null, Channels.newInputStream(channel), Channels.newOutputStream(channel));
    }

    /** A TLS session, its handshake done, over the channel. */
    static Connection tls(SocketChannel channel, SSLSocket session) throws IOException {
        return new Connection(channel, session, session.getInputStream(), session.getOutputStream());
    }

    /** The socket under any TLS: what deadlines close. */
    public SocketChannel transport() {
        return channel;
    }

    public SocketAddress remoteAddress() throws IOException {
        return channel.getRemoteAddress();
    }

    public InputStream input() {
        return in;
    }

    /** The input for a lock-step conversation, which spins briefly for the answer ({@link SpinningInputStream}). */
    public InputStream lockStepInput() {
        return tls == null ? new SpinningInputStream(in) : new SpinningInputStream(in, Channels.newInputStream(channel));
    }

    public OutputStream output() {
        return out;
    }

    /**
     * Ends a conversation that no other thread writes to: TLS sends its close_notify first (RFC 8446, 6.1), so the
     * peer knows that nothing was cut off, then the socket closes.
     */
    public void finish() {
        if (tls != null) {
            try {
                tls.shutdownOutput();
            } catch (IOException e) {
                // the peer is gone: nothing to tell it
            }
        }
        close();
    }

    /**
     * Closes the socket at once, also while another thread is blocked writing to it (a room member that stopped
     * reading): a TLS close_notify would wait for that write, and the JDK's closing of a TLS 1.3 session waits
     * for the peer's own close_notify.
     */
    @Override
    public void close() {
        StreamEndpoint.closeQuietly(channel);
    }
}
