package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * One connection's TLS, for an {@link EventLoop} that never waits: reads give the decrypted bytes that have
 * come, writes encrypt what they are given, and the handshake advances inside both as far as the socket
 * allows. The engine's slow steps (key exchange, signature) run on {@link TlsTasks}' threads, not the loop's;
 * the connection is told through {@code resume} when they are done. Records are decrypted into and encrypted
 * from the loop's {@link TlsBuffers}; only bytes left over (a partial record, output the socket did not take)
 * are copied into buffers of the connection's own, so an idle TLS connection holds no buffer either.
 */
final class TlsChannel implements ByteChannel, GatheringByteChannel {

    /** RFC 8446, 5.1: the content type of the record a TLS client opens with. */
    private static final byte HANDSHAKE_RECORD = 22;
    /** RFC 8446, 5.1: a record's header, whose last two bytes are the length of what follows. */
    private static final int RECORD_HEADER = 5;
    private static final ByteBuffer[] NOTHING = {ByteBuffer.allocate(0)};

    /** The longest part of a plain request's first line kept for the log. */
    private static final int LOGGED_LINE = 200;

    /** The first bytes of the connection are plain text, not a TLS record: an {@code http://} URL's request. */
    static final class PlainHttp extends IOException {
        private static final long serialVersionUID = 1L;
        final String requestLine;

        PlainHttp(String requestLine) {
            super("a plain HTTP request on the HTTPS port", null);
            this.requestLine = requestLine;
        }
    }

    private final SocketChannel channel;
    private final SSLEngine engine;
    private final TlsBuffers shared;
    private final Runnable resume;
    /** Network bytes not yet decrypted (a partial record), ready to read; or null. */
    private ByteBuffer netIn;
    /** Decrypted bytes not yet taken, ready to read; or null. */
    private ByteBuffer appIn;
    /** Encrypted bytes the socket has not taken yet, ready to read; or null. */
    private ByteBuffer netOut;
    private boolean started;
    private boolean inboundClosed;
    private boolean established;
    private volatile boolean taskRunning;

    TlsChannel(SocketChannel channel, SSLEngine engine, TlsBuffers shared, Runnable resume) {
        this.channel = channel;
        this.engine = engine;
        this.shared = shared;
        this.resume = resume;
    }

    /** Whether the engine's work runs on another thread: the connection waits for {@code resume}, not the socket. */
    boolean taskRunning() {
        return taskRunning;
    }

    /** Whether application data has come: the handshake is over. */
    boolean established() {
        return established;
    }

    /** Whether encrypted bytes wait for room in the socket. */
    boolean outputPending() {
        return netOut != null;
    }

    /** Whether a read would give bytes without the socket's help: decrypted ones, or a whole record. */
    boolean inputBuffered() {
        if (appIn != null) {
            return true;
        }
        if (netIn == null || netIn.remaining() < RECORD_HEADER) {
            return false;
        }
        int at = netIn.position();
        int length = (netIn.get(at + 3) & 0xff) << 8 | netIn.get(at + 4) & 0xff;
        return netIn.remaining() >= RECORD_HEADER + length;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (taskRunning) {
            return 0;
        }
        if (!flush()) {
            // The handshake may wait for its flight to leave; application data may still come meanwhile.
            if (engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
                return 0;
            }
        }
        int delivered = 0;
        if (appIn != null) {
            delivered = deliver(appIn, dst);
            if (appIn.hasRemaining()) {
                return delivered;
            }
            appIn = null;
        }
        ByteBuffer in = shared.netIn.clear();
        if (netIn != null) {
            in.put(netIn);
            netIn = null;
        }
        int read = inboundClosed ? -1 : channel.read(in);
        in.flip();
        if (!started && in.hasRemaining()) {
            if (in.get(0) != HANDSHAKE_RECORD && Character.isLetter(in.get(0))) {
                throw new PlainHttp(firstLine(in));
            }
            started = true;
        }
        try {
            delivered += unwrap(in, dst);
        } catch (SSLException e) {
            sendAlert();
            throw e;
        } finally {
            if (in.hasRemaining()) {
                netIn = copy(in);
            }
        }
        return delivered == 0 && (read < 0 || inboundClosed) ? -1 : delivered;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return (int) write(new ByteBuffer[] {src}, 0, 1);
    }

    @Override
    public long write(ByteBuffer[] srcs) throws IOException {
        return write(srcs, 0, srcs.length);
    }

    /** Encrypts one record at a time and sends it; returns how many of the given bytes were taken. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        if (taskRunning || !flush()) {
            return 0;
        }
        long taken = 0;
        try {
            while (remaining(srcs, offset, length)) {
                ByteBuffer out = shared.netOut.clear();
                SSLEngineResult result = engine.wrap(srcs, offset, length, out);
                if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                    throw new IOException("the TLS connection is closed");
                }
                taken += result.bytesConsumed();
                out.flip();
                // A handshake message (a session ticket, a key update) may come out first, taking nothing.
                if (!send(out) || result.bytesConsumed() == 0 && result.bytesProduced() == 0) {
                    break;
                }
            }
        } catch (SSLException e) {
            sendAlert();
            throw e;
        }
        return taken;
    }

    /** Sends the encrypted bytes that are waiting; true once none are. */
    boolean flush() throws IOException {
        if (netOut == null) {
            return true;
        }
        channel.write(netOut);
        if (netOut.hasRemaining()) {
            return false;
        }
        netOut = null;
        return true;
    }

    /** The close_notify alert (RFC 8446, 6.1), sent if the socket takes it: the end of this side's data. */
    void closeOutput() {
        if (!started || taskRunning) {
            return;
        }
        engine.closeOutbound();
        sendAlert();
    }

    /** Says close_notify if the socket takes it, drops the buffers, and closes the socket. */
    @Override
    public void close() throws IOException {
        closeOutput();
        netIn = null;
        appIn = null;
        netOut = null;
        channel.close();
    }

    /** Decrypts whole records into {@code dst} while it has room, advancing the handshake on the way. */
    private int unwrap(ByteBuffer in, ByteBuffer dst) throws IOException {
        int delivered = 0;
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> {
                    runTasks();
                    return delivered;
                }
                case NEED_WRAP -> {
                    if (!wrapHandshake()) {
                        return delivered;
                    }
                }
                default -> {
                    if (!in.hasRemaining() || !dst.hasRemaining() || inboundClosed) {
                        return delivered;
                    }
                    ByteBuffer plain = shared.appIn.clear();
                    SSLEngineResult result = engine.unwrap(in, plain);
                    plain.flip();
                    switch (result.getStatus()) {
                        case BUFFER_UNDERFLOW -> {
                            return delivered;
                        }
                        case BUFFER_OVERFLOW -> throw new SSLException("a record larger than TLS allows");
                        case CLOSED -> inboundClosed = true;
                        case OK -> {
                        }
                    }
                    if (plain.hasRemaining()) {
                        established = true;
                        delivered += deliver(plain, dst);
                        if (plain.hasRemaining()) {
                            appIn = copy(plain);
                            return delivered;
                        }
                    }
                }
            }
        }
    }

    /** A handshake message of this side; false while the socket has not taken the last one. */
    private boolean wrapHandshake() throws IOException {
        if (!flush()) {
            return false;
        }
        ByteBuffer out = shared.netOut.clear();
        SSLEngineResult result = engine.wrap(NOTHING, 0, 1, out);
        out.flip();
        if (result.getStatus() == SSLEngineResult.Status.CLOSED && !out.hasRemaining()) {
            throw new IOException("the TLS connection is closed");
        }
        return send(out);
    }

    /** Writes what the socket takes; keeps the rest, and says whether all went. */
    private boolean send(ByteBuffer out) throws IOException {
        if (out.hasRemaining()) {
            channel.write(out);
        }
        if (out.hasRemaining()) {
            netOut = copy(out);
            return false;
        }
        return true;
    }

    /** The alert the engine holds (a failure, or close_notify), if the socket takes it now; nothing waits for it. */
    private void sendAlert() {
        try {
            if (!flush()) {
                return;
            }
            while (!engine.isOutboundDone()) {
                ByteBuffer out = shared.netOut.clear();
                SSLEngineResult result = engine.wrap(NOTHING, 0, 1, out);
                out.flip();
                if (!send(out) || result.bytesProduced() == 0) {
                    return;
                }
            }
        } catch (IOException e) {
            // the connection is ending anyway
        }
    }

    /** The engine's slow steps, off the loop; the connection goes on when {@code resume} says so. */
    private void runTasks() {
        taskRunning = true;
        TlsTasks.run(() -> {
            try {
                for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
                    task.run();
                }
            } finally {
                taskRunning = false;
                resume.run();
            }
        });
    }

    private static String firstLine(ByteBuffer in) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < Math.min(in.limit(), LOGGED_LINE); i++) {
            char c = (char) (in.get(i) & 0xff);
            if (c == '\r' || c == '\n') {
                break;
            }
            line.append(c);
        }
        return line.toString();
    }

    private static int deliver(ByteBuffer from, ByteBuffer dst) {
        int count = Math.min(from.remaining(), dst.remaining());
        dst.put(dst.position(), from, from.position(), count);
        dst.position(dst.position() + count);
        from.position(from.position() + count);
        return count;
    }

    private static ByteBuffer copy(ByteBuffer from) {
        ByteBuffer own = ByteBuffer.allocate(from.remaining());
        own.put(from).flip();
        return own;
    }

    private static boolean remaining(ByteBuffer[] buffers, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buffers[i].hasRemaining()) {
                return true;
            }
        }
        return false;
    }
}
