package dev.netbasics.ftp.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Receives a data connection into a file (forcing it to disk is {@link DurableRename}'s job). This thread reads the
 * connection into large buffers (of the kind {@link DataConnection#allocate} makes) while a writer thread writes the
 * full ones to the file, so that receiving and writing, each mostly the kernel copying, run at the same time on two
 * cores, and no byte is copied in between; data that fits in the first, small buffer is written without a thread.
 * Whatever arrived before a failure is written, so a {@code .part} file is always a prefix of the remote file and
 * {@code --continue} can resume it.
 */
final class FileReceiver {

    /**
     * Small, so that a small file costs little to receive (a buffer is zeroed when made); the next ones grow
     * fourfold up to {@link #BUFFER_SIZE}, and a smaller one coming back is replaced by a full-size one.
     */
    private static final int FIRST_BUFFER_SIZE = 64 * 1024;
    private static final int BUFFER_SIZE = 1024 * 1024;
    private static final int GROWTH = 4;
    private static final int BUFFERS = 4;
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private final FileChannel file;
    private final DataConnection data;
    private final ProgressBar progress;
    private long received;

    /**
     * @param received what the file already holds (a resumed download)
     * @param progress the progress bar to update, or {@code null}
     */
    FileReceiver(DataConnection data, FileChannel file, long received, ProgressBar progress) {
        this.data = data;
        this.file = file;
        this.received = received;
        this.progress = progress;
    }

    /** The file's size so far. */
    long received() {
        return received;
    }

    /** Receives to the end of the data and writes all of it to the file. */
    void receive() throws IOException {
        ByteBuffer buffer = data.allocate(FIRST_BUFFER_SIZE);
        Writer writer = null;
        Exception failure = null;
        try {
            while (fill(buffer)) {
                if (writer == null) {
                    writer = new Writer();
                }
                writer.write(buffer.flip());
                buffer = null;
                buffer = writer.freeBuffer();
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        try {
            // what arrived is written, after a failure too, so that the file stays a prefix of the remote one
            if (writer == null) {
                write(buffer.flip());
            } else {
                if (buffer != null) {
                    writer.write(buffer.flip());
                }
                writer.finish();
            }
        } catch (IOException | RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else if (failure != e) {
                failure.addSuppressed(e);
            }
        }
        throwIfFailed(failure);
    }

    /** Reads until the buffer is full (true: more may come) or the data ends (false). */
    private boolean fill(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            int n = data.read(buffer);
            if (n < 0) {
                return false;
            }
            received += n;
            if (progress != null) {
                progress.update(received);
            }
        }
        return true;
    }

    private void write(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            file.write(buffer);
        }
    }

    private static void throwIfFailed(Exception failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
    }

    /** The writer thread and the buffers it hands back. */
    private final class Writer implements Runnable {

        private final BlockingQueue<ByteBuffer> full = new ArrayBlockingQueue<>(BUFFERS + 1);
        private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
        private final Thread thread;
        private int allocated = 1;
        private int lastSize = FIRST_BUFFER_SIZE;
        private volatile Exception failure;

        Writer() {
            thread = new Thread(this, "file-writer");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                for (ByteBuffer buffer = full.take(); buffer != END; buffer = full.take()) {
                    if (failure == null) {
                        try {
                            FileReceiver.this.write(buffer);
                        } catch (IOException | RuntimeException e) {
                            failure = e;
                        }
                    }
                    free.put(buffer.clear());
                }
            } catch (InterruptedException e) {
                failure = new InterruptedIOException("interrupted writing the file");
            }
        }

        /** Queues the buffer; after a failure it is only handed back. */
        void write(ByteBuffer buffer) {
            full.add(buffer);
        }

        /** An empty buffer: a new, larger one while there are fewer than {@link #BUFFERS}, else one written. */
        ByteBuffer freeBuffer() throws IOException {
            throwIfFailed(failure);
            if (allocated < BUFFERS) {
                allocated++;
                lastSize = Math.min(BUFFER_SIZE, lastSize * GROWTH);
                return data.allocate(lastSize);
            }
            try {
                ByteBuffer buffer = free.take();
                throwIfFailed(failure);
                return buffer.capacity() < BUFFER_SIZE ? data.allocate(BUFFER_SIZE) : buffer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted receiving the file");
            }
        }

        /** Writes what is queued and reports a write failure. */
        void finish() throws IOException {
            full.add(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted writing the file");
            }
            throwIfFailed(failure);
        }
    }
}
