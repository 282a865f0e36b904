package dev.netbasics.staticserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One platform thread serving many connections through one {@link Selector} (epoll), as an nginx worker
 * does: no thread per connection, no hand-off between threads on the way from a request to its answer, and
 * each ready connection served in turn, so thousands of them share the loop fairly.
 */
final class EventLoop implements Runnable {

    /** How often deadlines are checked: a timeout fires within this much of its time. */
    private static final long SWEEP_MILLIS = 100;
    /** One read's worth: a request head usually arrives whole in it. */
    private static final int READ_BUFFER = 16 * 1024;

    private final FileServer server;
    private final ServerConfig config;
    private final FileHandler handler;
    private final Selector selector;
    private final Queue<SocketChannel> arrivals = new ConcurrentLinkedQueue<>();
    private final byte[] scratch = new byte[READ_BUFFER];
    private final Consumer<SelectionKey> dispatcher = this::dispatch;
    private volatile boolean stopping;
    private volatile boolean aborting;
    private long now;

    EventLoop(FileServer server, ServerConfig config, FileHandler handler) throws IOException {
        this.server = server;
        this.config = config;
        this.handler = handler;
        this.selector = Selector.open();
    }

    ServerConfig config() {
        return config;
    }

    FileHandler handler() {
        return handler;
    }

    boolean stopping() {
        return stopping;
    }

    /** Hands a new connection to this loop (from the accepting thread). */
    void add(SocketChannel channel) {
        arrivals.add(channel);
        selector.wakeup();
    }

    /** No new requests; the loop ends once the answers in progress are sent. */
    void stop() {
        stopping = true;
        selector.wakeup();
    }

    /** Closes every connection, finished or not, and ends the loop. */
    void abort() {
        aborting = true;
        selector.wakeup();
    }

    void closed() {
        server.closed();
    }

    @Override
    public void run() {
        try (selector) {
            long nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
            while (true) {
                selector.select(dispatcher, SWEEP_MILLIS);
                now = System.nanoTime();
                registerArrivals();
                if (now - nextSweep >= 0) {
                    for (SelectionKey key : selector.keys()) {
                        ((ClientConnection) key.attachment()).checkDeadline(now);
                    }
                    nextSweep = now + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
                }
                if (stopping || aborting) {
                    for (SelectionKey key : selector.keys()) {
                        ClientConnection connection = (ClientConnection) key.attachment();
                        if (aborting) {
                            connection.close();
                        } else {
                            connection.closeIfIdle();
                        }
                    }
                    selector.selectNow();
                    if (selector.keys().isEmpty()) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dispatch(SelectionKey key) {
        ((ClientConnection) key.attachment()).ready(scratch, System.nanoTime());
    }

    private void registerArrivals() {
        for (SocketChannel channel; (channel = arrivals.poll()) != null; ) {
            try {
                new ClientConnection(channel, ((InetSocketAddress) channel.getRemoteAddress()).getAddress(), this,
                        config).register(selector, now);
            } catch (IOException e) {
                try {
                    channel.close();
                } catch (IOException closing) {
                    // gone already
                }
                server.closed();
            }
        }
    }
}
