package dev.netbasics.chat.conversation;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lines waiting to be written to one room member, bounded in lines and in bytes. It holds references to
 * lines shared by all members and grows only as far as its backlog does (a room of 1,000 members has 1,000 of
 * these); the one writer takes everything that waits at once.
 */
final class Outbox {

    private final int maxLines;
    private final long maxBytes;
    private final ArrayDeque<byte[]> lines = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition filled = lock.newCondition();
    private long bytes;
    private boolean closed;

    Outbox(int maxLines, long maxBytes) {
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
    }

    /** Adds a line; false when it would pass a limit (the member is not reading) or the outbox is closed. */
    boolean offer(byte[] line) {
        lock.lock();
        try {
            // A line longer than the byte limit (--max-line may allow one) still goes when nothing else waits.
            if (closed || lines.size() == maxLines || bytes + line.length > maxBytes && !lines.isEmpty()) {
                return false;
            }
            lines.add(line);
            bytes += line.length;
            if (lines.size() == 1) {
                filled.signal();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for lines and moves them into the batch, at least one and then as many as fit in {@code batchBytes};
     * returns their size in bytes, or 0 once the outbox is closed.
     */
    int take(List<byte[]> batch, int batchBytes) throws InterruptedException {
        lock.lock();
        try {
            while (lines.isEmpty() && !closed) {
                filled.await();
            }
            int size = 0;
            while (!closed && !lines.isEmpty() && (size == 0 || size + lines.peek().length <= batchBytes)) {
                byte[] line = lines.poll();
                batch.add(line);
                size += line.length;
            }
            bytes -= size;
            return size;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return lines.size();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the writer to end; what still waits is dropped. */
    void close() {
        lock.lock();
        try {
            closed = true;
            lines.clear();
            filled.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
