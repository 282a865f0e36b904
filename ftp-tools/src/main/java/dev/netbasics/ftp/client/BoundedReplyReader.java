package dev.netbasics.ftp.client;

import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.commons.net.MalformedServerReplyException;

/**
 * The control connection's text as Commons Net reads it, bounded: a reply line longer than {@link #MAX_LINE}
 * characters, or a reply (a multi-line one, the banner included) longer than {@link #MAX_REPLY_LINES} lines or
 * {@link #MAX_REPLY_CHARS} characters, ends the session with a {@link MalformedServerReplyException} (exit status
 * 8) instead of growing without end, since Commons Net itself reads a line until it ends. Lines end at CR LF, as
 * Commons Net splits them; a reply ends as Commons Net's lenient parsing ends it: at a line of four or more
 * characters that starts with a digit and has no {@code -} in its fourth place.
 *
 * <p>A reply must also arrive whole within a deadline (the reply timeout, counted from the moment we start waiting
 * for it): the socket's read timeout alone would let a server that trickles a byte just inside it hold us for the
 * reply's size limit times the timeout. Past the deadline, a {@link SocketTimeoutException} (exit status 28).
 */
final class BoundedReplyReader extends Reader {

    /** ftplib's {@code maxline}. */
    static final int MAX_LINE = 8192;
    static final int MAX_REPLY_LINES = 65_536;
    static final int MAX_REPLY_CHARS = 1 << 20;
    private static final int CODE_LENGTH = 3;

    private final Reader in;
    private final Socket socket;
    private final long deadlineNanos;
    private final String deadlineText;
    private long deadline;
    private final char[] lineStart = new char[CODE_LENGTH + 1];
    private int lineLength;
    private boolean afterCr;
    private boolean multiLine;
    private int replyLines;
    private int replyChars;

    /**
     * @param socket the connection {@code in} reads from, whose read timeout is shortened to what is left of the
     *     deadline
     * @param deadline how long a whole reply may take to arrive; zero for no deadline
     */
    BoundedReplyReader(Reader in, Socket socket, Duration deadline) {
        this.in = in;
        this.socket = socket;
        this.deadlineNanos = deadline.toNanos();
        this.deadlineText = seconds(deadline);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = deadlineNanos > 0 ? readBeforeDeadline(buffer, offset, length) : in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            take(buffer[i]);
        }
        return n;
    }

    /** Reads within the current reply's deadline; a read between replies starts the next reply's. */
    private int readBeforeDeadline(char[] buffer, int offset, int length) throws IOException {
        long now = System.nanoTime();
        if (betweenReplies()) {
            deadline = now + deadlineNanos;
        }
        long left = deadline - now;
        if (left <= 0) {
            throw timedOut();
        }
        int readTimeout = socket.getSoTimeout(); // the reply timeout, or ControlGuard's shorter wait for EPSV
        int leftMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
        boolean shortened = readTimeout == 0 || readTimeout > leftMillis;
        if (shortened) {
            socket.setSoTimeout(leftMillis);
        }
        try {
            return in.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            throw shortened ? timedOut() : new SocketTimeoutException("the server sent nothing for "
                    + seconds(Duration.ofMillis(readTimeout)) + " s");
        } finally {
            if (shortened) {
                socket.setSoTimeout(readTimeout);
            }
        }
    }

    private boolean betweenReplies() {
        return lineLength == 0 && !multiLine;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds())
                : Double.toString(duration.toMillis() / 1000.0);
    }

    private SocketTimeoutException timedOut() {
        return new SocketTimeoutException("the server's reply did not arrive whole within " + deadlineText + " s");
    }

    private void take(char c) throws MalformedServerReplyException {
        if (++replyChars > MAX_REPLY_CHARS) {
            throw new MalformedServerReplyException("the server's reply is longer than " + MAX_REPLY_CHARS
                    + " characters (the limit)");
        }
        if (c == '\n' && afterCr) {
            endOfLine();
            return;
        }
        afterCr = c == '\r';
        if (lineLength < lineStart.length) {
            lineStart[lineLength] = c;
        }
        if (++lineLength > MAX_LINE + 1) { // the CR of a line of MAX_LINE characters is the one more
            throw new MalformedServerReplyException("a line of the server's reply is longer than " + MAX_LINE
                    + " characters (the limit)");
        }
    }

    private void endOfLine() throws MalformedServerReplyException {
        int length = lineLength - 1; // without its CR
        boolean continues = length > CODE_LENGTH && lineStart[CODE_LENGTH] == '-';
        boolean lastLine = length > CODE_LENGTH && !continues && Character.isDigit(lineStart[0]);
        if (!multiLine) {
            multiLine = continues;
        } else if (lastLine) {
            multiLine = false;
        }
        lineLength = 0;
        afterCr = false;
        if (!multiLine) {
            replyLines = 0;
            replyChars = 0;
        } else if (++replyLines > MAX_REPLY_LINES) {
            throw new MalformedServerReplyException("the server's reply is longer than " + MAX_REPLY_LINES
                    + " lines (the limit)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
