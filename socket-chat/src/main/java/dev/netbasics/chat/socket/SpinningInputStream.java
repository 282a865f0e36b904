package dev.netbasics.chat.socket;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A socket's input for a lock-step conversation, where an answer usually follows within microseconds: a read that
 * finds nothing waits on the CPU for up to {@link #SPIN_NANOS} before it sleeps in the kernel. Waking a sleeping
 * CPU costs more than the answer itself (measured on a 2-core VM: a round trip took 16 µs with both peers on one
 * CPU, 100 µs across two), so a short wait that stays awake answers several times faster; a peer that takes
 * longer, a person typing, costs {@code SPIN_NANOS} of CPU per line. Over TLS the bytes to wait for are the
 * socket's, under the decrypted stream: {@code arrivals} tells when they come.
 */
public final class SpinningInputStream extends FilterInputStream {

    static final long SPIN_NANOS = 200_000;

    private final InputStream arrivals;

    public SpinningInputStream(InputStream in) {
        this(in, in);
    }

    /** Reads {@code in}, spinning until it or {@code arrivals} (the socket under it) has bytes. */
    public SpinningInputStream(InputStream in, InputStream arrivals) {
        super(in);
        this.arrivals = arrivals;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0 && nothingWaits()) {
            long start = System.nanoTime();
            while (nothingWaits() && System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            }
        }
        return in.read(bytes, offset, length);
    }

    private boolean nothingWaits() throws IOException {
        return in.available() == 0 && (arrivals == in || arrivals.available() == 0);
    }
}
