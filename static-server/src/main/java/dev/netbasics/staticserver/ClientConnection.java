package dev.netbasics.staticserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;

/** Serves the requests of one connection in turn, keeping it alive between them when HTTP allows. */
final class ClientConnection implements Runnable {

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
            serve(reader, out, client);
        } catch (IOException e) {
            // The client went away or broke the protocol mid-response: nothing more to tell it.
        } finally {
            server.closed(this);
        }
    }

    private void serve(RequestReader reader, ResponseWriter out, InetAddress client) throws IOException {
        while (!server.stopping()) {
            HttpRequest request;
            try {
                request = reader.read();
            } catch (HttpError error) {
                busy = true;
                handler.sendError(out, error, false, client, reader.requestLine());
                return;
            } catch (SocketTimeoutException timeout) {
                if (reader.requestStarted()) {
                    busy = true;
                    handler.sendError(out, new HttpError(HttpStatus.REQUEST_TIMEOUT, "Request timed out"), false,
                            client, reader.requestLine());
                }
                return;
            }
            if (request == null) {
                return;
            }
            busy = true;
            boolean keepAlive = keepAlive(request) && reader.skipBody(request) && !server.stopping();
            if (!handler.handle(request, out, keepAlive, client)) {
                return;
            }
            busy = false;
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
