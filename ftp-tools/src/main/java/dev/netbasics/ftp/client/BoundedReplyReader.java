package dev.netbasics.ftp.client;

import java.io.IOException;
import java.io.Reader;
import org.apache.commons.net.MalformedServerReplyException;

/**
 * The control connection's text as Commons Net reads it, bounded: a reply line longer than {@link #MAX_LINE}
 * characters, or a reply (a multi-line one, the banner included) longer than {@link #MAX_REPLY_LINES} lines or
 * {@link #MAX_REPLY_CHARS} characters, ends the session with a {@link MalformedServerReplyException} (exit status
 * 8) instead of growing without end, since Commons Net itself reads a line until it ends. Lines end at CR LF, as
 * Commons Net splits them; a reply ends as Commons Net's lenient parsing ends it: at a line of four or more
 * characters that starts with a digit and has no {@code -} in its fourth place.
 */
final class BoundedReplyReader extends Reader {

    /** ftplib's {@code maxline}. */
    static final int MAX_LINE = 8192;
    static final int MAX_REPLY_LINES = 65_536;
    static final int MAX_REPLY_CHARS = 1 << 20;
    private static final int CODE_LENGTH = 3;

    private final Reader in;
    private final char[] lineStart = new char[CODE_LENGTH + 1];
    private int lineLength;
    private boolean afterCr;
    private boolean multiLine;
    private int replyLines;
    private int replyChars;

    BoundedReplyReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            take(buffer[i]);
        }
        return n;
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
