package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server: binds, prints Python's banner, and runs one {@link EventLoop} per processor, as nginx runs a
 * worker per core; the loops take turns at the listener and serve what they accept, so idle and slow
 * clients cost a few hundred bytes, not a thread. {@link #run} returns the exit status once {@link #stop}
 * has been called and the responses in progress have finished.
 */
public final class FileServer {

    static final String SERVER_NAME = "static-server";
    /** How long {@link #run} waits, after {@link #stop}, for the responses in progress. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final int BACKLOG = 4096;

    private final ServerConfig config;
    private final PrintWriter out;
    private final AccessLog log;
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile ServerSocketChannel listener;

    /** A server with this configuration, its banner on {@code out} and its log lines on {@code err}. */
    public FileServer(ServerConfig config, PrintWriter out, PrintWriter err) {
        this.config = config;
        this.out = out;
        this.log = new AccessLog(err, config.quiet());
    }

    /** Serves until {@link #stop}; returns 0, or throws when the address cannot be bound. */
    public int run() throws IOException, InterruptedException {
        try (ServerSocketChannel server = ServerSocketChannel.open();
                AccessLog accessLog = log) {
            bind(server);
            server.configureBlocking(false);
            EventLoop[] started = new EventLoop[Runtime.getRuntime().availableProcessors()];
            Thread[] threads = new Thread[started.length];
            for (int i = 0; i < started.length; i++) {
                started[i] = new EventLoop(this, config, new FileHandler(config, accessLog), server);
                threads[i] = Thread.ofPlatform().name("loop-" + i).start(started[i]);
            }
            // Only a running server may be closed by stop() and announced: a signal that came while the loops
            // were registering the listener made that fail, and the process ended without its last words.
            listener = server;
            out.println(banner(config.bindAddress(), (InetSocketAddress) server.getLocalAddress()));
            out.flush();
            stopRequested.await();
            for (EventLoop loop : started) {
                loop.stop();
            }
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            for (int i = 0; i < started.length; i++) {
                if (!threads[i].join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                    started[i].abort();
                    threads[i].join();
                }
            }
            return 0;
        }
    }

    /** The JDK says only "Address already in use": the user is told which address and port. */
    private void bind(ServerSocketChannel server) throws IOException {
        try {
            server.bind(new InetSocketAddress(config.bindAddress(), config.port()), BACKLOG);
        } catch (BindException e) {
            String address = config.bindAddress() == null ? "every address" : AccessLog.address(config.bindAddress());
            BindException named = new BindException(
                    "cannot listen on " + address + " port " + config.port() + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /**
     * Stops accepting; connections finish the response they are sending, idle ones close, and {@link #run}
     * returns once they are done, or after {@link #SHUTDOWN_GRACE}.
     */
    public void stop() {
        ServerSocketChannel server = listener;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        stopRequested.countDown();
    }

    /** Takes a connection slot if one is free (--max-connections); {@link #closed} gives it back. */
    boolean reserve() {
        if (connections.incrementAndGet() <= config.maxConnections()) {
            return true;
        }
        connections.decrementAndGet();
        return false;
    }

    boolean hasRoom() {
        return connections.get() < config.maxConnections();
    }

    /** A connection has ended, or a reserved slot was not used: it is free for the next. */
    void closed() {
        connections.decrementAndGet();
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
}
