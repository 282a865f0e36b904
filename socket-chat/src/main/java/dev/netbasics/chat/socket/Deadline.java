package dev.netbasics.chat.socket;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A time limit on a blocking channel operation: when it passes, the channel is closed, which wakes the
 * blocked thread with an exception that {@link #expired()} then explains.
 */
public final class Deadline implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("chat-timeout").unstarted(runnable));

    private final ScheduledFuture<?> task;
    private volatile boolean expired;

    private Deadline(Duration timeout, Closeable target) {
        this.task = timeout.isZero() ? null : TIMER.schedule(() -> {
            expired = true;
            try {
                target.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A deadline {@code timeout} from now; a zero timeout never expires. */
    public static Deadline after(Duration timeout, Closeable target) {
        return new Deadline(timeout, target);
    }

    public boolean expired() {
        return expired;
    }

    @Override
    public void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
