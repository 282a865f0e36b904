package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server: binds, prints Python's banner, and runs one {@link EventLoop} per processor, as nginx runs a
 * worker per core; the loops take turns at the listener and serve what they accept, so idle and slow
 * clients cost a few hundred bytes, not a thread. {@link #stop} ends the run gracefully: it says at once what
 * it waits for, and for how long at most ({@link ServerConfig#shutdownTimeout}); {@link #stopNow} ends it
 * at once, cutting off what is in progress.
 */
public final class FileServer {

    static final String SERVER_NAME = "static-server";
    private static final int BACKLOG = 4096;
    /** How long the loops have to report what they are still busy with after a stop (they do at once). */
    private static final long REPORT_SECONDS = 2;

    private final ServerConfig config;
    private final PrintWriter out;
    private final AccessLog log;
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile ServerSocketChannel listener;
    private volatile EventLoop[] loops;
    private volatile boolean stopNowRequested;

    /**
     * How a run ended: how many connections busy with a request or response were cut off (by the shutdown
     * timeout, or by {@link #stopNow}), and whether {@link #stopNow} did it.
     */
    public record Shutdown(int cutOff, boolean atOnce) {
    }

    /** A server with this configuration, its banner on {@code out} and its log lines on {@code err}. */
    public FileServer(ServerConfig config, PrintWriter out, PrintWriter err) {
        this.config = config;
        this.out = out;
        this.log = new AccessLog(err, config.quiet());
    }

    /** Serves until {@link #stop} or {@link #stopNow}; throws when the address cannot be bound. */
    public Shutdown run() throws IOException, InterruptedException {
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
            loops = started;
            // Only a running server may be closed by stop() and announced: a signal that came while the loops
            // were registering the listener made that fail, and the process ended without its last words.
            listener = server;
            out.println(banner(config.bindAddress(), (InetSocketAddress) server.getLocalAddress(),
                    config.https() != null));
            if (config.https() != null) {
                out.println(config.https().certificateLine());
            }
            if (config.upload().enabled()) {
                out.println(uploadBanner(config.upload()));
            }
            out.flush();
            stopRequested.await();
            return shutDown(started, threads);
        }
    }

    /** Lets the loops finish what they are busy with, for the shutdown timeout at most, and says so at once. */
    private Shutdown shutDown(EventLoop[] started, Thread[] threads) throws InterruptedException {
        for (EventLoop loop : started) {
            loop.stop();
            if (stopNowRequested) {
                loop.abort();
            }
        }
        int busy = 0;
        for (EventLoop loop : started) {
            try {
                busy += loop.busyAtStop().get(REPORT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // a loop that cannot tell is not waited for by the message; the join below still waits
            }
        }
        long seconds = config.shutdownTimeout().toSeconds();
        // After the "^C" a terminal echoes.
        out.println();
        if (busy > 0 && !stopNowRequested) {
            out.println("Shutdown requested: finishing " + responses(busy) + " in progress, at most " + seconds
                    + " s (Ctrl-C again stops at once) ...");
        }
        out.flush();
        long deadline = System.nanoTime() + config.shutdownTimeout().toNanos();
        for (int i = 0; i < started.length; i++) {
            if (!threads[i].join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                for (EventLoop loop : started) {
                    loop.abort();
                }
            }
            threads[i].join();
        }
        int cutOff = 0;
        for (EventLoop loop : started) {
            cutOff += loop.cutOff();
        }
        boolean atOnce = stopNowRequested && cutOff > 0;
        if (atOnce) {
            out.println();
            out.println("Stopped at once: " + responses(cutOff) + " cut off, exiting.");
        } else if (cutOff > 0) {
            out.println("Shutdown timeout (" + seconds + " s): " + responses(cutOff) + " cut off, exiting.");
        } else {
            out.println("Shutdown requested, exiting.");
        }
        out.flush();
        return new Shutdown(cutOff, atOnce);
    }

    private static String responses(int count) {
        return count + (count == 1 ? " response" : " responses");
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
     * Stops accepting; idle connections close, busy ones finish what they are doing, and {@link #run}
     * returns once they are done, or after the shutdown timeout.
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

    /** Stops at once: every connection is closed, finished or not. */
    public void stopNow() {
        stopNowRequested = true;
        stop();
        EventLoop[] running = loops;
        if (running != null) {
            for (EventLoop loop : running) {
                loop.abort();
            }
        }
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

    /** The line under the banner that says uploads are on, and on what terms. */
    static String uploadBanner(UploadPolicy upload) {
        return "Uploads are on (PUT, and the form on directory pages): "
                + (upload.overwrite() ? "existing files may be replaced" : "existing files are kept")
                + (upload.maxBytes() == Long.MAX_VALUE ? ", no size limit." : ", at most " + upload.maxBytes() + " bytes.");
    }

    /**
     * Python's: {@code Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...}, HTTPS and https:// with
     * TLS. Without an address the socket listens on IPv6 and IPv4 alike; Python shows that case as 0.0.0.0, and
     * so does this.
     */
    static String banner(InetAddress requested, InetSocketAddress address, boolean https) {
        InetAddress host = address.getAddress();
        String text = requested == null ? "0.0.0.0" : AccessLog.address(host);
        String urlHost = text.contains(":") ? "[" + text + "]" : text;
        return "Serving " + (https ? "HTTPS" : "HTTP") + " on " + text + " port " + address.getPort()
                + " (" + (https ? "https" : "http") + "://" + urlHost + ":" + address.getPort() + "/) ...";
    }
}
