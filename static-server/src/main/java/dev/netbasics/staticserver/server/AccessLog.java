package dev.netbasics.staticserver.server;

import java.io.PrintWriter;
import dev.netbasics.cli.TerminalText;
import dev.netbasics.cli.net.AddressText;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Python http.server's log lines on stderr, written by one background thread so that request threads
 * never wait on the terminal: {@code 127.0.0.1 - - [10/Mar/2019 23:54:51] "GET / HTTP/1.1" 200 -}.
 */
final class AccessLog implements AutoCloseable {

    private static final int MAX_BATCH = 512;

    private final PrintWriter err;
    private final boolean quiet;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>(64 * 1024);
    private final Thread writer;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    AccessLog(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.writer = Thread.ofPlatform().daemon().name("access-log").start(this::drain);
    }

    /** {@code "GET / HTTP/1.1" 200 -}, unless quiet. */
    void request(InetAddress client, String requestLine, int status) {
        if (!quiet) {
            message(client, "\"" + requestLine + "\" " + status + " -");
        }
    }

    /** {@code code 404, message File not found}: errors are logged even when quiet, as Python does. */
    void error(InetAddress client, int status, String message) {
        message(client, "code " + status + ", message " + message);
    }

    /** Python's log_message: the client, the time, the message (control characters escaped). */
    void message(InetAddress client, String message) {
        String line = address(client) + " - - [" + HttpDates.logNow() + "] " + TerminalText.escapeControls(message);
        if (!lines.offer(line)) {
            // A log that cannot keep up must not slow the responses down: count what was dropped.
            dropped.incrementAndGet();
        }
    }

    private void drain() {
        List<String> batch = new ArrayList<>(MAX_BATCH);
        StringBuilder text = new StringBuilder(MAX_BATCH * 96);
        try {
            while (!closed || !lines.isEmpty()) {
                String first = lines.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lines.drainTo(batch, MAX_BATCH - 1);
                for (String line : batch) {
                    text.append(line).append(System.lineSeparator());
                }
                batch.clear();
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    text.append('(').append(lost).append(" log lines dropped: the log could not keep up)")
                            .append(System.lineSeparator());
                }
                // One write per batch: println would flush (and so make a system call) per line.
                err.write(text.toString());
                err.flush();
                text.setLength(0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.flush();
    }

    /** Python's address_string(): the client's IP in its usual textual form. */
    static String address(InetAddress address) {
        return AddressText.of(address);
    }
}
