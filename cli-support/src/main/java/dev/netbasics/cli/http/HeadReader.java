package dev.netbasics.cli.http;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the head of an answer (RFC 9112 §2-§5): lines ending in LF (a CR before it dropped, §2.2), the status line,
 * then fields until the empty line. Bytes are read as ISO-8859-1, so none is lost; what no HTTP server may send
 * is refused, and every line and the number of fields are bounded.
 */
final class HeadReader {

    /** Python's http.client reads at most 65,536 bytes a line; a longer one is an attack or a broken server. */
    static final int MAX_LINE_BYTES = 64 * 1024;
    /** Python's http.client takes 100 fields; real answers carry a few dozen. */
    static final int MAX_FIELDS = 500;

    private static final String STATUS_PREFIX = "HTTP/";
    /** How much of an answer that is not HTTP its error quotes. */
    private static final int QUOTED_START = 40;
    private static final String TOKEN_SPECIALS = "\"(),/:;<=>?@[\\]{}";

    private final InputStream in;

    HeadReader(InputStream in) {
        this.in = in;
    }

    /** A status line and its fields. */
    record Head(String version, int status, String reason, List<HttpField> fields) {
    }

    /** The next head; its status is checked to be in 100-599. */
    Head read(WireTrace trace) throws IOException {
        String statusLine = readLine(true);
        trace.received(statusLine);
        Head head = parseStatusLine(statusLine);
        List<HttpField> fields = head.fields();
        for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
            trace.received(line);
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                // obs-fold: RFC 9112 §5.2, a user agent replaces it with SP
                if (fields.isEmpty()) {
                    throw protocol("the answer's first header line is a continuation line");
                }
                HttpField last = fields.removeLast();
                fields.add(new HttpField(last.name(), (last.value() + " " + strip(line)).strip()));
                continue;
            }
            if (fields.size() == MAX_FIELDS) {
                throw new HttpPeerException(ExitCode.FAILURE, "the answer has more than " + MAX_FIELDS
                        + " header fields");
            }
            fields.add(parseField(line));
        }
        trace.received("");
        return head;
    }

    private static Head parseStatusLine(String line) throws HttpPeerException {
        if (!line.isEmpty() && (line.charAt(0) == 0x15 || line.charAt(0) == 0x16)) {
            throw protocol("the server answered in TLS, not plain HTTP: is this an https:// URL?");
        }
        boolean shape = line.length() >= 12 && line.startsWith("HTTP/1.") && isDigit(line.charAt(7))
                && line.charAt(8) == ' ' && isDigit(line.charAt(9)) && isDigit(line.charAt(10))
                && isDigit(line.charAt(11)) && (line.length() == 12 || line.charAt(12) == ' ');
        if (!shape) {
            String start = line.length() > QUOTED_START ? line.substring(0, QUOTED_START) + "..." : line;
            throw protocol("the server's answer is not HTTP/1.x: it begins '" + start + "'");
        }
        int status = Integer.parseInt(line.substring(9, 12));
        if (status < 100 || status > 599) {
            throw protocol("the server answered with status " + status + ", outside HTTP's 100-599");
        }
        String reason = line.length() > 13 ? line.substring(13) : "";
        if (reason.indexOf(0) >= 0) {
            throw protocol("the status line has a NUL byte");
        }
        return new Head(line.substring(0, 8), status, reason, new ArrayList<>());
    }

    private static HttpField parseField(String line) throws HttpPeerException {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw protocol("malformed header line '" + line + "'");
        }
        String name = line.substring(0, colon);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c >= 0x7f || TOKEN_SPECIALS.indexOf(c) >= 0) {
                // whitespace before the colon included: RFC 9112 §5.1, a smuggling vector
                throw protocol("malformed header name '" + name + "'");
            }
        }
        String value = strip(line.substring(colon + 1));
        if (value.indexOf(0) >= 0) {
            // RFC 9110 §5.5: a NUL in a field value is dangerous; the recipient rejects or replaces it
            throw protocol("the value of " + name + " has a NUL byte");
        }
        return new HttpField(name, value);
    }

    /** One line of the head; the connection closing first is a head cut short, or an answer never given. */
    private String readLine(boolean statusLine) throws IOException {
        StringBuilder line = new StringBuilder();
        if (readLine(line, statusLine)) {
            return line.toString();
        }
        if (statusLine && line.isEmpty()) {
            throw protocol("the server closed the connection without answering");
        }
        if (statusLine) {
            parseStatusLine(line.toString());
        }
        throw new HttpPeerException(ExitCode.FAILURE,
                "the server closed the connection in the middle of the answer's head");
    }

    /**
     * Reads one line without its end into {@code line}: false when the connection closed before its LF (what
     * came is left in {@code line}).
     */
    boolean readLine(StringBuilder line) throws IOException {
        return readLine(line, false);
    }

    /**
     * A status line ends early, as soon as it cannot start with "HTTP/": a TLS alert or another protocol's
     * greeting is named at once, without waiting for a line end that may never come.
     */
    private boolean readLine(StringBuilder line, boolean statusLine) throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                if (line.indexOf("\r") >= 0) {
                    throw protocol("a bare CR in the answer's head (RFC 9112 §2.2)");
                }
                return true;
            }
            if (line.length() == MAX_LINE_BYTES) {
                throw new HttpPeerException(ExitCode.FAILURE, "a line of the answer's head is longer than "
                        + MAX_LINE_BYTES / 1024 + " KiB");
            }
            line.append((char) b);
            if (statusLine && line.length() <= STATUS_PREFIX.length()
                    && b != STATUS_PREFIX.charAt(line.length() - 1)) {
                // what has come already is enough to name it
                while (line.length() < QUOTED_START && in.available() > 0 && (b = in.read()) >= 0 && b != '\n') {
                    line.append((char) b);
                }
                parseStatusLine(line.toString().strip());
            }
        }
    }

    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static HttpPeerException protocol(String message) {
        return new HttpPeerException(ExitCode.PROTOCOL, message);
    }
}
