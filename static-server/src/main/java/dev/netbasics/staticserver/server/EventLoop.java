package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One platform thread serving many connections through one {@link Selector} (epoll), as an nginx worker
 * does: it accepts from the shared listener what it can take, and serves each ready connection in turn, with
 * no thread per connection and no hand-off between threads on the way from a request to its answer.
 */
final class EventLoop implements Runnable {

    /** How often deadlines are checked: a timeout fires within this much of its time. */
    private static final long SWEEP_MILLIS = 100;
    /** One read's worth: a request head usually arrives whole in it. */
    private static final int READ_BUFFER = 16 * 1024;
    /** Connections accepted in one go before the ready ones get their turn. */
    private static final int ACCEPT_BATCH = 64;

    private final FileServer server;
    private final ServerConfig config;
    private final FileHandler handler;
    private final Selector selector;
    private final SelectionKey listening;
    private final byte[] scratch = new byte[READ_BUFFER];
    private final Consumer<SelectionKey> dispatcher = this::dispatch;
    private final CompletableFuture<Integer> busyAtStop = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile boolean aborting;
    private volatile int cutOff;

    EventLoop(FileServer server, ServerConfig config, FileHandler handler, ServerSocketChannel listener)
            throws IOException {
        this.server = server;
        this.config = config;
        this.handler = handler;
        this.selector = Selector.open();
        this.listening = listener.register(selector, SelectionKey.OP_ACCEPT);
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

    /** No new connections or requests; the loop ends once the answers in progress are sent. */
    void stop() {
        stopping = true;
        selector.wakeup();
    }

    /** Closes every connection, finished or not, and ends the loop. */
    void abort() {
        aborting = true;
        selector.wakeup();
    }

    /** How many connections were still busy (a request, response or closing in progress) once idle ones closed. */
    CompletableFuture<Integer> busyAtStop() {
        return busyAtStop;
    }

    /** How many busy connections {@link #abort} closed. */
    int cutOff() {
        return cutOff;
    }

    /** One of this loop's connections has ended. */
    void closed() {
        server.closed();
        resumeAccepting();
    }

    @Override
    public void run() {
        try (selector) {
            long nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
            while (true) {
                selector.select(dispatcher, SWEEP_MILLIS);
                long now = System.nanoTime();
                if (now - nextSweep >= 0) {
                    sweep(now);
                    resumeAccepting();
                    nextSweep = now + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
                }
                if ((stopping || aborting) && finishing()) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // A loop that ends before its stop was seen holds nothing the stop could wait for.
            busyAtStop.complete(0);
        }
    }

    private void dispatch(SelectionKey key) {
        if (key == listening) {
            accept();
        } else {
            ((ClientConnection) key.attachment()).ready(scratch, System.nanoTime());
        }
    }

    /** Takes new connections while the server has room for them, or stops listening until it has. */
    private void accept() {
        ServerSocketChannel listener = (ServerSocketChannel) listening.channel();
        for (int i = 0; i < ACCEPT_BATCH; i++) {
            if (!server.reserve()) {
                listening.interestOps(0);
                return;
            }
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                // Out of file descriptors and the like: listen again at the next sweep, not in a busy loop.
                server.closed();
                listening.interestOps(0);
                return;
            }
            if (channel == null) {
                // Another loop took it, or none is left.
                server.closed();
                return;
            }
            try {
                new ClientConnection(channel, ((InetSocketAddress) channel.getRemoteAddress()).getAddress(), this,
                        config).register(selector, System.nanoTime());
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

    private void resumeAccepting() {
        if (listening.isValid() && listening.interestOps() == 0 && !stopping && server.hasRoom()) {
            listening.interestOps(SelectionKey.OP_ACCEPT);
        }
    }

    private void sweep(long now) {
        for (SelectionKey key : selector.keys()) {
            if (key != listening && key.isValid()) {
                ((ClientConnection) key.attachment()).checkDeadline(now);
            }
        }
    }

    /** Closes the idle connections (or all, when aborting); true once none is left. */
    private boolean finishing() throws IOException {
        listening.cancel();
        int busy = 0;
        for (SelectionKey key : selector.keys()) {
            if (key != listening && key.isValid()) {
                ClientConnection connection = (ClientConnection) key.attachment();
                if (aborting) {
                    connection.close();
                    cutOff++;
                } else {
                    connection.closeIfIdle();
                    if (connection.isOpen()) {
                        busy++;
                    }
                }
            }
        }
        busyAtStop.complete(busy);
        // Cancelled keys leave the key set at the next selection.
        selector.selectNow();
        return selector.keys().isEmpty();
    }
}
