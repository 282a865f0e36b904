package dev.netbasics.staticserver.server;

import dev.netbasics.cli.ssl.TlsClientFailureText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * One connection's requests in turn, driven by its {@link EventLoop} without ever waiting: read what has
 * come, answer each complete request, write what the socket takes, then keep the connection for the next
 * request or close it. Every state has a deadline, so idle, slow and stalled clients are let go.
 */
final class ClientConnection {

    /** Lingering close: how long at most, how long the client may fall silent, and how much is dropped. */
    static final Duration LINGER_TIME = Duration.ofSeconds(5);
    static final Duration LINGER_QUIET = Duration.ofSeconds(2);
    static final long LINGER_BYTES = 4L * 1024 * 1024;

    private enum State {
        /** Waiting for (more of) a request, or parsing what has come. */
        READING,
        /** Responses waiting for room in the socket. */
        WRITING,
        /** Output ended, input drained before the close (RFC 9112, 9.6). */
        LINGERING
    }

    private final SocketChannel channel;
    private final InetAddress client;
    private final EventLoop loop;
    private final long idleNanos;
    private final RequestParser parser = new RequestParser();
    private final InputBuffer input = new InputBuffer();
    private final ResponseWriter out;
    /** For HTTPS, what the connection reads and writes through; else null. */
    private final TlsChannel tls;
    /** A plain HTTP request came on the HTTPS port: its answer goes out unencrypted. */
    private boolean plainOnTls;
    private SelectionKey key;
    private State state = State.READING;
    private boolean closeWhenWritten;
    private boolean lingerWhenWritten;
    /** When the current state's time is up (System.nanoTime). */
    private long deadline;
    /** When the first byte of the head being received came, or 0. */
    private long headStarted;
    private long lingerEnd;
    private long discarded;
    /** The upload whose body is being received, its request, and whether the connection may go on after it. */
    private Upload upload;
    private HttpRequest uploadRequest;
    private boolean uploadKeepAlive;

    ClientConnection(SocketChannel channel, InetAddress client, EventLoop loop, ServerConfig config) {
        this.channel = channel;
        this.client = client;
        this.loop = loop;
        this.idleNanos = config.idleTimeout().toNanos();
        this.out = new ResponseWriter(config.protocol());
        this.tls = loop.tls(channel, this);
    }

    void register(Selector selector, long now) throws IOException {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        key = channel.register(selector, SelectionKey.OP_READ, this);
        deadline = now + idleNanos;
    }

    /** The socket is ready for what this connection waits for. */
    void ready(byte[] scratch, long now) {
        try {
            switch (state) {
                case READING -> {
                    int read = tls == null ? input.read(channel, scratch) : input.read(tls, scratch);
                    if (read < 0) {
                        close();
                    } else if (read > 0) {
                        answer(now);
                    }
                }
                case WRITING -> write(now);
                case LINGERING -> drain(scratch, now);
            }
        } catch (TlsChannel.PlainHttp e) {
            refusePlainHttp(e.requestLine, now);
        } catch (SSLException e) {
            // A failed handshake is the server's business (a client that does not trust its certificate, say).
            if (!tls.established()) {
                loop.handler().connectionEnded(client, TlsClientFailureText.describe(e));
            }
            close();
        } catch (IOException e) {
            // The client went away or broke the protocol mid-response: nothing more to tell it.
            close();
        } catch (RuntimeException | Error e) {
            // A fault in answering one request must not take the loop, and every other connection, with it: an
            // Error too (a JDK service missing from a native image throws InternalError), or the loop's thread dies.
            loop.handler().internalError(client, e);
            close();
        }
        if (tls != null && !plainOnTls) {
            followTls();
        }
    }

    /** Goes on after the TLS engine's work on another thread, or with input the socket will not signal again. */
    void resumed(byte[] scratch, long now) {
        if (channel.isOpen()) {
            ready(scratch, now);
        }
    }

    /** Waits for what TLS needs next: nothing while its engine works, room for its output, the next record. */
    private void followTls() {
        if (!key.isValid()) {
            return;
        }
        int ops = switch (state) {
            case READING -> SelectionKey.OP_READ | (tls.outputPending() ? SelectionKey.OP_WRITE : 0);
            case WRITING -> SelectionKey.OP_WRITE;
            case LINGERING -> SelectionKey.OP_READ;
        };
        if (tls.taskRunning()) {
            ops = 0;
        }
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
        if (state == State.READING && ops != 0 && tls.inputBuffered()) {
            loop.readAgain(this);
        }
    }

    /** As nginx does: a 400 the browser shows, sent unencrypted, naming the URL to use; then the connection ends. */
    private void refusePlainHttp(String requestLine, long now) {
        plainOnTls = true;
        try {
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            String host = AccessLog.address(local.getAddress());
            String url = "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.getPort() + "/";
            loop.handler().sendError(out, new HttpError(HttpStatus.BAD_REQUEST,
                    "Plain HTTP request sent to the HTTPS port: use " + url), false, client, requestLine);
            closeWhenWritten = true;
            lingerWhenWritten = true;
            write(now);
        } catch (IOException e) {
            close();
        }
    }

    /** Called now and then by the loop: whatever this connection waits for has taken too long. */
    void checkDeadline(long now) {
        if (now - deadline < 0 || !channel.isOpen()) {
            return;
        }
        try {
            if (state == State.READING && parser.requestStarted()) {
                loop.handler().sendError(out, new HttpError(HttpStatus.REQUEST_TIMEOUT, "Request timed out"), false,
                        client, parser.requestLine());
                closeWhenWritten = true;
                lingerWhenWritten = true;
                write(now);
            } else {
                close();
            }
        } catch (IOException e) {
            close();
        }
    }

    /** Closes the connection if it is waiting for a request; a request or response in progress is let finish. */
    void closeIfIdle() {
        if (state == State.READING && !parser.requestStarted() && !parser.inBody() && input.isEmpty()) {
            close();
        }
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    void close() {
        if (!channel.isOpen()) {
            return;
        }
        key.cancel();
        try {
            (tls == null ? channel : tls).close();
        } catch (IOException e) {
            // closed anyway
        }
        out.discard();
        if (upload != null) {
            upload.abort();
            upload = null;
        }
        loop.closed();
    }

    /** Answers every complete request that has come, in order, as long as the answers can be written. */
    private void answer(long now) throws IOException {
        while (state == State.READING && !closeWhenWritten) {
            if (upload != null) {
                if (!receiveUpload(now)) {
                    break;
                }
                continue;
            }
            HttpRequest request;
            try {
                request = parser.parse(input);
            } catch (HttpError error) {
                loop.handler().sendError(out, error, false, client, parser.requestLine());
                closeWhenWritten = true;
                lingerWhenWritten = true;
                write(now);
                break;
            } catch (ChunkedBody.Malformed broken) {
                // The body of a request already answered cannot be read to its end, so nothing after it can be
                // told apart from it: no answer (it would be taken for the next request's), the connection ends.
                loop.handler().connectionEnded(client, broken.getMessage());
                closeWhenWritten = true;
                lingerWhenWritten = true;
                write(now);
                break;
            }
            if (request == null) {
                if (!parser.requestStarted()) {
                    headStarted = 0;
                    deadline = now + idleNanos;
                } else if (headStarted == 0) {
                    headStarted = now;
                    deadline = now + idleNanos;
                }
                break;
            }
            headStarted = 0;
            if (loop.handler().takesUpload(request)) {
                beginUpload(request, now);
                continue;
            }
            boolean bodyRead = parser.readBody(request);
            boolean keepAlive = bodyRead && keepAlive(request) && !loop.stopping();
            if (keepAlive && request.expectsContinue() && parser.inBody()) {
                // RFC 9110, 10.1.1: the body will be read (and dropped), so the client is told to send it.
                out.sendContinue();
            }
            if (!loop.handler().handle(request, out, keepAlive, client)) {
                closeWhenWritten = true;
                lingerWhenWritten = !bodyRead || parser.inBody() || !input.isEmpty();
            }
            write(now);
        }
        input.keepRest();
    }

    /**
     * An upload's head has come: refused at once (before any of its body is read, so before 100 Continue), or
     * its body streamed to the upload as it comes.
     */
    private void beginUpload(HttpRequest request, long now) throws IOException {
        upload = loop.handler().beginUpload(request, out, client);
        if (upload == null) {
            closeWhenWritten = true;
            lingerWhenWritten = request.bodyLength() != 0;
            write(now);
            return;
        }
        uploadRequest = request;
        uploadKeepAlive = keepAlive(request) && !loop.stopping();
        parser.streamBody(request, upload);
        if (request.expectsContinue()) {
            out.sendContinue();
            write(now);
        }
    }

    /** Hands what has come of the upload's body to it; once whole, answers it. False when more must come. */
    private boolean receiveUpload(long now) throws IOException {
        Upload receiving = upload;
        try {
            if (!parser.receiveBody(input)) {
                deadline = now + idleNanos;
                return false;
            }
        } catch (HttpError | ChunkedBody.Malformed e) {
            upload = null;
            receiving.abort();
            HttpError error = e instanceof HttpError refused ? refused
                    : new HttpError(HttpStatus.BAD_REQUEST, e.getMessage());
            loop.handler().sendError(out, error, false, client, uploadRequest.requestLine());
            closeWhenWritten = true;
            lingerWhenWritten = true;
            write(now);
            return false;
        }
        upload = null;
        if (!loop.handler().finishUpload(uploadRequest, receiving, out, uploadKeepAlive, client)) {
            closeWhenWritten = true;
        }
        write(now);
        return true;
    }

    /** Writes what waits; then closes, lingers, or goes back to reading (and to what is already buffered). */
    private void write(long now) throws IOException {
        boolean sent = tls == null || plainOnTls ? out.flush(channel) : out.flush(tls) && tls.flush();
        if (!sent) {
            if (state != State.WRITING) {
                state = State.WRITING;
                key.interestOps(SelectionKey.OP_WRITE);
            }
            deadline = now + idleNanos;
            return;
        }
        if (closeWhenWritten) {
            if (lingerWhenWritten) {
                linger(now);
            } else {
                close();
            }
            return;
        }
        deadline = now + idleNanos;
        if (state == State.WRITING) {
            state = State.READING;
            key.interestOps(SelectionKey.OP_READ);
            if (!input.isEmpty()) {
                answer(now);
            }
        }
    }

    /** RFC 9112, 9.6, as nginx and Apache do: end the output, drop what still comes for a while, then close. */
    private void linger(long now) throws IOException {
        state = State.LINGERING;
        if (tls != null) {
            tls.closeOutput();
        }
        channel.shutdownOutput();
        key.interestOps(SelectionKey.OP_READ);
        lingerEnd = now + LINGER_TIME.toNanos();
        deadline = Math.min(lingerEnd, now + LINGER_QUIET.toNanos());
    }

    private void drain(byte[] scratch, long now) throws IOException {
        ByteBuffer sink = ByteBuffer.wrap(scratch);
        int read;
        while ((read = channel.read(sink.clear())) > 0) {
            discarded += read;
            if (discarded >= LINGER_BYTES) {
                close();
                return;
            }
        }
        if (read < 0) {
            close();
        } else {
            deadline = Math.min(lingerEnd, now + LINGER_QUIET.toNanos());
        }
    }

    private boolean keepAlive(HttpRequest request) {
        if (!loop.config().keepAliveAllowed() || request.hasToken("connection", "close")) {
            return false;
        }
        return request.version().equals(ServerConfig.HTTP_1_1) || request.hasToken("connection", "keep-alive");
    }
}
