package dev.netbasics.staticserver;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The server: binds, prints Python's banner, and serves each connection on its own virtual thread, so
 * idle and slow clients cost a few kilobytes, not a platform thread. {@link #run} returns the exit status
 * once {@link #stop} has been called and the responses in progress have finished.
 */
final class FileServer {

    static final String SERVER_NAME = "static-server";
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final int BACKLOG = 1024;

    private final ServerConfig config;
    private final PrintWriter out;
    private final AccessLog log;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final Semaphore connectionSlots;
    private volatile ServerSocketChannel listener;
    private volatile boolean stopping;

    FileServer(ServerConfig config, PrintWriter out, PrintWriter err) {
        this.config = config;
        this.out = out;
        this.log = new AccessLog(err, config.quiet());
        this.connectionSlots = new Semaphore(config.maxConnections());
    }

    /** Serves until {@link #stop}; returns 0, or throws when the address cannot be bound. */
    int run() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open();
                AccessLog accessLog = log) {
            server.bind(new InetSocketAddress(config.bindAddress(), config.port()), BACKLOG);
            listener = server;
            out.println(banner(config.bindAddress(), (InetSocketAddress) server.getLocalAddress()));
            out.flush();
            FileHandler handler = new FileHandler(config, accessLog);
            // Accepting on a virtual thread, closing the listener wakes it through the JDK's poller; a platform
            // thread blocked in accept() needs a signal that not every runtime delivers (the native executable
            // linked here does not, and SIGTERM then found the server deaf).
            Thread acceptor = Thread.ofVirtual().name("accept").start(() -> acceptUntilStopped(server, handler));
            try {
                acceptor.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
            }
            awaitConnections();
            return 0;
        }
    }

    private void acceptUntilStopped(ServerSocketChannel server, FileHandler handler) {
        while (!stopping) {
            try {
                connectionSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (ClosedChannelException e) {
                connectionSlots.release();
                return;
            } catch (IOException e) {
                connectionSlots.release();
                if (stopping) {
                    return;
                }
                // Out of file descriptors and the like: back off instead of spinning.
                pause();
                continue;
            }
            ClientConnection connection = new ClientConnection(channel, config, handler, this);
            connections.add(connection);
            Thread.ofVirtual().name("client").start(connection);
        }
    }

    private void awaitConnections() {
        connections.forEach(ClientConnection::closeIfIdle);
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            pause();
            connections.forEach(ClientConnection::closeIfIdle);
        }
    }

    /** Stops accepting; connections finish the response they are sending, idle ones close. */
    void stop() {
        stopping = true;
        ServerSocketChannel server = listener;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    boolean stopping() {
        return stopping;
    }

    void closed(ClientConnection connection) {
        connections.remove(connection);
        connectionSlots.release();
    }

    /**
     * Python's: {@code Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...}. Without an address the
     * socket listens on IPv6 and IPv4 alike; Python shows that case as 0.0.0.0, and so does this.
     */
    static String banner(InetAddress requested, InetSocketAddress address) {
        InetAddress host = address.getAddress();
        String text = requested == null ? "0.0.0.0" : AccessLog.address(host);
        String urlHost = text.contains(":") ? "[" + text + "]" : text;
        return "Serving HTTP on " + text + " port " + address.getPort()
                + " (http://" + urlHost + ":" + address.getPort() + "/) ...";
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
