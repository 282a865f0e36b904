package dev.netbasics.staticserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Serves the requests of one connection in turn, keeping it alive between them when HTTP allows. */
final class ClientConnection implements Runnable {

    /** Lingering close: how long at most, how long the client may fall silent, and how much is dropped. */
    static final Duration LINGER_TIME = Duration.ofSeconds(5);
    static final Duration LINGER_QUIET = Duration.ofSeconds(2);
    static final long LINGER_BYTES = 4L * 1024 * 1024;

    private final SocketChannel channel;
    private final ServerConfig config;
    private final FileHandler handler;
    private final FileServer server;
    private volatile boolean busy;

    ClientConnection(SocketChannel channel, ServerConfig config, FileHandler handler, FileServer server) {
        this.channel = channel;
        this.config = config;
        this.handler = handler;
        this.server = server;
    }

    @Override
    public void run() {
        InetAddress client = null;
        try (channel) {
            client = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
            channel.socket().setSoTimeout((int) config.idleTimeout().toMillis());
            channel.socket().setTcpNoDelay(true);
            RequestReader reader = new RequestReader(channel.socket().getInputStream());
            ResponseWriter out = new ResponseWriter(channel, config.protocol());
            if (serve(reader, out, client)) {
                lingeringClose();
            }
        } catch (IOException e) {
            // The client went away or broke the protocol mid-response: nothing more to tell it.
        } finally {
            server.closed(this);
        }
    }

    /** Serves requests until the connection is to end; returns whether the client may still be sending. */
    private boolean serve(RequestReader reader, ResponseWriter out, InetAddress client) throws IOException {
        while (!server.stopping()) {
            HttpRequest request;
            try {
                request = reader.read();
            } catch (HttpError error) {
                busy = true;
                handler.sendError(out, error, false, client, reader.requestLine());
                return true;
            } catch (SocketTimeoutException timeout) {
                if (!reader.requestStarted()) {
                    return false;
                }
                busy = true;
                handler.sendError(out, new HttpError(HttpStatus.REQUEST_TIMEOUT, "Request timed out"), false,
                        client, reader.requestLine());
                return true;
            }
            if (request == null) {
                return false;
            }
            busy = true;
            boolean bodyRead = reader.skipBody(request);
            boolean keepAlive = bodyRead && keepAlive(request) && !server.stopping();
            if (!handler.handle(request, out, keepAlive, client)) {
                return !bodyRead || reader.hasUnreadInput();
            }
            busy = false;
        }
        return false;
    }

    /**
     * RFC 9112, 9.6: closing while bytes from the client are still unread makes the kernel answer with a
     * reset, which can destroy the response before the client has read it. So, as nginx and Apache do: end
     * the output, read and drop whatever still comes for a bounded time and amount, then close.
     */
    private void lingeringClose() {
        try {
            channel.shutdownOutput();
            InputStream in = channel.socket().getInputStream();
            byte[] sink = new byte[8192];
            long deadline = System.nanoTime() + LINGER_TIME.toNanos();
            long discarded = 0;
            while (discarded < LINGER_BYTES) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                channel.socket().setSoTimeout((int) Math.min(LINGER_QUIET.toMillis(), left));
                int read = in.read(sink);
                if (read < 0) {
                    return;
                }
                discarded += read;
            }
        } catch (IOException e) {
            // silent for too long, reset or already closed: close now
        }
    }

    private boolean keepAlive(HttpRequest request) {
        if (!config.keepAliveAllowed() || request.hasToken("connection", "close")) {
            return false;
        }
        return request.version().equals(ServerConfig.HTTP_1_1) || request.hasToken("connection", "keep-alive");
    }

    /** Closes the connection now if it is waiting for a request; a response in progress is left to finish. */
    void closeIfIdle() {
        if (!busy) {
            try {
                channel.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
