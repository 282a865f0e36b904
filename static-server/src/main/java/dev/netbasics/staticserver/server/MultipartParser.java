package dev.netbasics.staticserver.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578 on RFC 2046, 5.1) as its bytes arrive, in any pieces,
 * without keeping a part's content: each part's headers (bounded in size and number), then its content handed
 * on as it comes, up to the delimiter. The delimiter ({@code CRLF--boundary}) is found across the edges of the
 * pieces by matching it byte by byte with the failure function of Knuth, Morris and Pratt, so a piece may end
 * anywhere inside it; the bytes of a partial match that turns out not to be one are handed on from the
 * delimiter itself, so nothing of the body is buffered. Preamble and epilogue are ignored, as RFC 2046 says.
 */
final class MultipartParser {

    /** RFC 2046, 5.1.1: a boundary has 1 to 70 characters. */
    static final int MAX_BOUNDARY = 70;
    /** The header section of one part: at most this many bytes, CR LF included. */
    static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    /** The header section of one part: at most this many fields. */
    static final int MAX_PART_HEADERS = 16;

    /** What the parts of the body are handed to. */
    interface Listener {

        /** A part starts, with its header fields (names in lower case, values as bytes, one char per byte). */
        void partStart(Fields headers) throws HttpError;

        /** Content of the current part; the array is only valid during the call. */
        void partData(byte[] data, int offset, int length) throws HttpError;

        /** The current part's content is complete. */
        void partEnd() throws HttpError;
    }

    private enum State {
        /** Before the first delimiter: the preamble, dropped. */
        PREAMBLE,
        /** Right after a delimiter: "--" closes, anything else is transport padding up to CR LF. */
        AFTER_DELIMITER, AFTER_DELIMITER_DASH, PADDING, PADDING_LF,
        HEADERS, CONTENT,
        /** After the close delimiter: the epilogue, dropped. */
        EPILOGUE
    }

    private final byte[] delimiter;
    private final int[] failure;
    private final Listener listener;
    private State state = State.PREAMBLE;
    /** How many bytes of the delimiter the body's last bytes match. */
    private int matched;
    /** How many of the matched bytes came in earlier pieces. */
    private int carried;
    private final StringBuilder line = new StringBuilder();
    private Fields headers;
    private int headerBytes;

    /** @param boundary the boundary parameter of the Content-Type, already checked by {@link #boundary} */
    MultipartParser(String boundary, Listener listener) {
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.failure = failureFunction(delimiter);
        this.listener = listener;
        // The first delimiter may open the body: it is matched as if the body began with CR LF.
        this.matched = 2;
        this.carried = 2;
    }

    /**
     * The boundary of a {@code multipart/form-data} Content-Type; a 415 for another type, a 400 for a missing
     * or malformed boundary.
     */
    static String boundary(String contentType) throws HttpError {
        if (contentType == null) {
            throw new HttpError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A form upload must be multipart/form-data");
        }
        String[] parameters = contentType.split(";");
        if (!FieldSyntax.trimOws(parameters[0], 0, parameters[0].length()).equalsIgnoreCase("multipart/form-data")) {
            throw new HttpError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A form upload must be multipart/form-data");
        }
        String boundary = ContentDisposition.parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY
                || boundary.charAt(boundary.length() - 1) == ' ') {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad multipart boundary");
        }
        for (int i = 0; i < boundary.length(); i++) {
            if (!isBoundaryChar(boundary.charAt(i))) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Bad multipart boundary");
            }
        }
        return boundary;
    }

    /** Whether the close delimiter has been read: the body held every part whole. */
    boolean complete() {
        return state == State.EPILOGUE;
    }

    /** Takes the next piece of the body. */
    void feed(byte[] data, int offset, int length) throws HttpError {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (state == State.EPILOGUE) {
                return;
            }
            if (state == State.CONTENT || state == State.PREAMBLE) {
                i = scan(data, i, end);
            } else {
                step((char) (data[i++] & 0xff));
            }
        }
    }

    /**
     * Content or preamble up to the delimiter; returns where it stopped. The last {@link #matched} bytes of the
     * body are held back as the start of a delimiter; {@link #carried} of them came in earlier pieces, and as
     * they equal the delimiter's first bytes, they are handed on from it once they turn out to be content.
     */
    private int scan(byte[] data, int from, int end) throws HttpError {
        int runStart = from;
        for (int i = from; i < end; i++) {
            if (matched == 0) {
                // Nothing can start a delimiter before the next CR.
                while (i < end && data[i] != '\r') {
                    i++;
                }
                if (i == end) {
                    break;
                }
            }
            byte b = data[i];
            int before = matched;
            while (matched > 0 && delimiter[matched] != b) {
                matched = failure[matched - 1];
            }
            if (delimiter[matched] == b) {
                matched++;
            }
            if (carried > 0) {
                // While bytes of earlier pieces are held, every byte of this one is held too: they go first.
                int released = Math.min(before + 1 - matched, carried);
                content(delimiter, 0, released);
                carried -= released;
            }
            if (matched == delimiter.length) {
                content(data, runStart, i + 1 - (matched - carried) - runStart);
                matched = 0;
                carried = 0;
                delimiterFound();
                return i + 1;
            }
        }
        content(data, runStart, end - (matched - carried) - runStart);
        carried = matched;
        return end;
    }

    private void content(byte[] data, int offset, int length) throws HttpError {
        if (length > 0 && state == State.CONTENT) {
            listener.partData(data, offset, length);
        }
    }

    private void delimiterFound() throws HttpError {
        if (state == State.CONTENT) {
            listener.partEnd();
        }
        state = State.AFTER_DELIMITER;
    }

    private void step(char c) throws HttpError {
        switch (state) {
            case AFTER_DELIMITER -> {
                if (c == '-') {
                    state = State.AFTER_DELIMITER_DASH;
                } else {
                    padding(c);
                }
            }
            case AFTER_DELIMITER_DASH -> {
                if (c != '-') {
                    throw broken();
                }
                state = State.EPILOGUE;
            }
            case PADDING -> padding(c);
            case PADDING_LF -> {
                if (c != '\n') {
                    throw broken();
                }
                state = State.HEADERS;
                headers = new Fields();
                headerBytes = 0;
                line.setLength(0);
            }
            case HEADERS -> header(c);
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** RFC 2046, 5.1.1: linear white space may follow a delimiter before its CR LF. */
    private void padding(char c) throws HttpError {
        if (c == '\r') {
            state = State.PADDING_LF;
        } else if (c == ' ' || c == '\t') {
            state = State.PADDING;
        } else {
            throw broken();
        }
    }

    private void header(char c) throws HttpError {
        if (++headerBytes > MAX_PART_HEADER_BYTES) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Part headers too large");
        }
        if (c != '\n') {
            line.append(c);
            return;
        }
        int length = line.length();
        if (length == 0 || line.charAt(length - 1) != '\r') {
            throw broken();
        }
        line.setLength(length - 1);
        if (line.isEmpty()) {
            state = State.CONTENT;
            matched = 0;
            listener.partStart(headers);
            return;
        }
        if (headers.size() == MAX_PART_HEADERS) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Too many part headers");
        }
        String field = line.toString();
        int colon = field.indexOf(':');
        if (colon <= 0 || !FieldSyntax.isToken(field, 0, colon)) {
            throw broken();
        }
        String value = FieldSyntax.trimOws(field, colon + 1, field.length());
        for (int i = 0; i < value.length(); i++) {
            char v = value.charAt(i);
            if ((v < 0x20 && v != '\t') || v == 0x7f) {
                throw broken();
            }
        }
        headers.add(field.substring(0, colon).toLowerCase(Locale.ROOT), value);
        line.setLength(0);
    }

    /** RFC 2046, 5.1.1: bchars. */
    private static boolean isBoundaryChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || "'()+_,-./:=? ".indexOf(c) >= 0;
    }

    private static int[] failureFunction(byte[] pattern) {
        int[] failure = new int[pattern.length];
        int k = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = failure[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

    private static HttpError broken() {
        return new HttpError(HttpStatus.BAD_REQUEST, "Bad multipart body");
    }
}
