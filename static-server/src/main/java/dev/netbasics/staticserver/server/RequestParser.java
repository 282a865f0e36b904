package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Parses the requests of one connection from its bytes as they arrive, in any pieces, as RFC 9112 writes
 * them: the size limits are enforced on the line being received before more of it is kept, and no byte is
 * searched twice, so a client sending one byte at a time costs no more than one sending all at once. A head
 * is checked whole before it is answered (request line, field syntax, Host, framing, expectations), and the
 * body of each request is dropped to its exact end before the next head is read.
 *
 * <p>Choices the RFC leaves open: a bare LF ends a line of the head, as nginx and Python take it (RFC 9112,
 * 2.2 allows it), but a CR anywhere else in a line is refused, and chunked framing wants CR LF; obs-fold and
 * every control character in a field value are refused (400); a body on any method is read and dropped, up to
 * {@link #MAX_DROPPED_BODY}, and a longer one ends the connection after the answer.
 */
final class RequestParser {

    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 100;
    /** Request bodies are read and dropped up to this size to keep the connection; a longer one closes it. */
    static final long MAX_DROPPED_BODY = 1024 * 1024;
    private static final int MAX_LEADING_EMPTY_LINES = 8;
    /** A streamed chunked body's framing budget: the upload bounds the content; this only keeps sizes in a long. */
    private static final long STREAMED_BUDGET = Long.MAX_VALUE / 16;

    /** The request line of the head being received, or null until it is complete. */
    private String requestLine;
    private String method;
    private RequestTarget target;
    private String version;
    private Fields fields = new Fields();
    private int headerBytes;
    private int emptyLines;
    /** How many bytes of the incomplete line at the front of the input have been searched for its end. */
    private int searched;
    /** Bytes of the last request's body still to be dropped before the next head. */
    private long bodyLeft;
    private boolean chunkedBodyLeft;
    private final ChunkedBody chunked = new ChunkedBody();
    /** Where the body being read goes: an upload, or null to drop it. */
    private Upload sink;

    /** Whether any byte of a head not yet complete has arrived (a timeout then deserves a 408). */
    boolean requestStarted() {
        return requestLine != null || emptyLines > 0 || searched > 0;
    }

    /** The request line of the head being received or last parsed, as received; empty before it is whole. */
    String requestLine() {
        return requestLine == null ? "" : requestLine;
    }

    /** Whether the last request's body has not all arrived yet. */
    boolean inBody() {
        return bodyLeft > 0 || chunkedBodyLeft;
    }

    /**
     * The next complete request head in {@code input}, or null when more bytes are needed. What is parsed is
     * consumed; the start of an incomplete line stays in {@code input}. An HttpError is a head that must be
     * refused; Malformed is the body of the request before it, already answered, that cannot be read to its end.
     */
    HttpRequest parse(InputBuffer input) throws HttpError, ChunkedBody.Malformed {
        if (!dropBody(input)) {
            return null;
        }
        byte[] data = input.data;
        while (true) {
            int lineStart = input.start;
            int end = lineStart + searched;
            while (end < input.end && data[end] != '\n') {
                end++;
            }
            checkLength(end - lineStart);
            if (end == input.end) {
                searched = end - lineStart;
                return null;
            }
            searched = 0;
            input.start = end + 1;
            int lineEnd = end > lineStart && data[end - 1] == '\r' ? end - 1 : end;
            String line = new String(data, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
            if (requestLine == null) {
                if (line.isEmpty()) {
                    // RFC 9112, 2.2: empty lines before a request line are ignored, a few of them.
                    if (++emptyLines > MAX_LEADING_EMPTY_LINES) {
                        throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax ('')");
                    }
                    continue;
                }
                parseRequestLine(line);
            } else if (line.isEmpty()) {
                return complete();
            } else {
                addField(line);
            }
        }
    }

    /**
     * Arranges for the request's body to be read and dropped, so the next request can follow on the
     * connection; false when it is longer than {@link #MAX_DROPPED_BODY} and so will not be read.
     */
    boolean readBody(HttpRequest request) {
        if (request.bodyLength() == MessageFraming.CHUNKED) {
            chunked.start(MAX_DROPPED_BODY);
            chunkedBodyLeft = true;
            return true;
        }
        if (request.bodyLength() > MAX_DROPPED_BODY) {
            return false;
        }
        bodyLeft = request.bodyLength();
        return true;
    }

    /**
     * Arranges for the request's body to be handed to {@code upload} by {@link #receiveBody}: all of it, the
     * upload bounds it; a chunked body's framing is checked as when it is dropped.
     */
    void streamBody(HttpRequest request, Upload upload) {
        sink = upload;
        if (request.bodyLength() == MessageFraming.CHUNKED) {
            chunked.start(STREAMED_BUDGET);
            chunkedBodyLeft = true;
        } else {
            bodyLeft = request.bodyLength();
        }
    }

    /** Hands what has come of a streamed body to its upload; true once the body is whole. */
    boolean receiveBody(InputBuffer input) throws HttpError, ChunkedBody.Malformed {
        if (!dropBody(input)) {
            return false;
        }
        sink = null;
        return true;
    }

    private boolean dropBody(InputBuffer input) throws ChunkedBody.Malformed, HttpError {
        if (bodyLeft > 0) {
            int dropped = (int) Math.min(bodyLeft, input.end - input.start);
            if (sink != null && dropped > 0) {
                sink.write(input.data, input.start, dropped);
            }
            input.start += dropped;
            bodyLeft -= dropped;
            return bodyLeft == 0;
        }
        if (chunkedBodyLeft) {
            try {
                if (!chunked.skip(input, sink)) {
                    return false;
                }
            } catch (ChunkedBody.Malformed e) {
                chunkedBodyLeft = false;
                throw e;
            }
            chunkedBodyLeft = false;
        }
        return true;
    }

    /** A line longer than its limit is refused before the rest of it is kept. */
    private void checkLength(int length) throws HttpError {
        if (requestLine == null) {
            if (length > MAX_REQUEST_LINE) {
                throw new HttpError(HttpStatus.URI_TOO_LONG, "Request-URI Too Long");
            }
        } else if (length > MAX_HEADER_BYTES - headerBytes) {
            throw new HttpError(HttpStatus.HEADER_FIELDS_TOO_LARGE, "Line too long");
        }
    }

    /** RFC 9112, 3: {@code method SP request-target SP HTTP-version}, single spaces, nothing else. */
    private void parseRequestLine(String line) throws HttpError {
        requestLine = line;
        int firstSpace = line.indexOf(' ');
        int secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
        if (firstSpace <= 0 || secondSpace <= firstSpace + 1 || line.indexOf(' ', secondSpace + 1) >= 0) {
            throw RequestTarget.syntax(line);
        }
        method = line.substring(0, firstSpace);
        version = checkVersion(line.substring(secondSpace + 1));
        if (!FieldSyntax.isToken(method)) {
            throw RequestTarget.syntax(line);
        }
        target = RequestTarget.parse(method, line.substring(firstSpace + 1, secondSpace), line);
    }

    /** RFC 9112, 5: {@code field-name ":" OWS field-value OWS}. */
    private void addField(String line) throws HttpError {
        headerBytes += line.length() + 2;
        if (fields.size() == MAX_HEADERS) {
            throw new HttpError(HttpStatus.HEADER_FIELDS_TOO_LARGE, "Too many headers");
        }
        if (FieldSyntax.isOws(line.charAt(0))) {
            // RFC 9112, 5.2 (obs-fold) and 2.2 (whitespace before the first field): refused, not unfolded.
            throw new HttpError(HttpStatus.BAD_REQUEST, "Obsolete line folding is unacceptable");
        }
        int colon = line.indexOf(':');
        // A name must be a token, so whitespace before the colon is refused too (RFC 9112, 5.1).
        if (colon <= 0 || !FieldSyntax.isToken(line, 0, colon)) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad header line (" + PythonRepr.repr(line) + ")");
        }
        String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = FieldSyntax.trimOws(line, colon + 1, line.length());
        if (!FieldSyntax.isFieldValue(value)) {
            throw new HttpError(HttpStatus.BAD_REQUEST,
                    "Invalid character in header value (" + PythonRepr.repr(name) + ")");
        }
        fields.add(name, value);
    }

    /** The head is whole: checked as a whole (a failure keeps the request line for the log), then handed out. */
    private HttpRequest complete() throws HttpError {
        HostField.check(fields, version);
        long bodyLength = MessageFraming.bodyLength(fields, version);
        boolean expectsContinue = MessageFraming.expectsContinue(fields, version) && bodyLength != 0;
        HttpRequest request = new HttpRequest(requestLine, method, target.path(), target.query(), version, fields,
                bodyLength, expectsContinue);
        fields = new Fields();
        headerBytes = 0;
        emptyLines = 0;
        requestLine = null;
        return request;
    }

    /**
     * RFC 9112, 2.3: {@code "HTTP/" DIGIT "." DIGIT}, case-sensitive. Any 1.x is answered as 1.1 (RFC 9110,
     * 2.5), 1.0 as 1.0; another major version (0.9, 2.0 and up) is not spoken here: 505.
     */
    private static String checkVersion(String version) throws HttpError {
        if (version.equals(ServerConfig.HTTP_1_1)) {
            return ServerConfig.HTTP_1_1;
        }
        if (version.length() != 8 || !version.startsWith("HTTP/") || !isDigit(version.charAt(5))
                || version.charAt(6) != '.' || !isDigit(version.charAt(7))) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request version (" + PythonRepr.repr(version) + ")");
        }
        if (version.charAt(5) != '1') {
            throw new HttpError(HttpStatus.VERSION_NOT_SUPPORTED,
                    "Invalid HTTP version (" + version.substring("HTTP/".length()) + ")");
        }
        return version.charAt(7) == '0' ? ServerConfig.HTTP_1_0 : ServerConfig.HTTP_1_1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
