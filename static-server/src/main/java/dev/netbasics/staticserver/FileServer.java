package dev.netbasics.staticserver;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * The server: binds, prints Python's banner, accepts, and hands each connection to one of a few
 * {@link EventLoop}s, one per processor, as nginx has a worker per core: idle and slow clients cost a few
 * hundred bytes, not a thread. {@link #run} returns the exit status once {@link #stop} has been called and
 * the responses in progress have finished.
 */
final class FileServer {

    static final String SERVER_NAME = "static-server";
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final int BACKLOG = 4096;

    private final ServerConfig config;
    private final PrintWriter out;
    private final AccessLog log;
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
            EventLoop[] loops = new EventLoop[Runtime.getRuntime().availableProcessors()];
            Thread[] threads = new Thread[loops.length];
            for (int i = 0; i < loops.length; i++) {
                loops[i] = new EventLoop(this, config, new FileHandler(config, accessLog));
                threads[i] = Thread.ofPlatform().name("loop-" + i).start(loops[i]);
            }
            // Accepting on a virtual thread, closing the listener wakes it through the JDK's poller; a platform
            // thread blocked in accept() needs a signal that not every runtime delivers (the native executable
            // linked here does not, and SIGTERM then found the server deaf).
            Thread acceptor = Thread.ofVirtual().name("accept").start(() -> acceptUntilStopped(server, loops));
            try {
                acceptor.join();
                finish(loops, threads);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    private void acceptUntilStopped(ServerSocketChannel server, EventLoop[] loops) {
        for (int next = 0; !stopping; next = (next + 1) % loops.length) {
            try {
                connectionSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                loops[next].add(server.accept());
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
            }
        }
    }

    /** The loops finish the answers in progress, for {@link #SHUTDOWN_GRACE} at most, then close what is left. */
    private static void finish(EventLoop[] loops, Thread[] threads) throws InterruptedException {
        for (EventLoop loop : loops) {
            loop.stop();
        }
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        for (int i = 0; i < loops.length; i++) {
            if (!threads[i].join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                loops[i].abort();
                threads[i].join();
            }
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

    /** A connection has ended: its slot is free for the next. */
    void closed() {
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
