package dev.netbasics.staticserver.server;

/**
 * Reads and drops a chunked request body (RFC 9112, 7.1) as its bytes arrive, in any pieces: chunk sizes,
 * extensions and trailer fields are held to their grammar byte by byte, every line ends in CR LF (the
 * lenient line ends some parsers take in chunked framing are how requests get smuggled past them), and at
 * most a budget of bytes is read. Whatever breaks that ends the connection: after a broken body nothing on
 * it can be told apart from the body.
 */
final class ChunkedBody {

    /** The body cannot be read to its end: its framing is broken, or it is longer than the budget. */
    static final class Malformed extends Exception {

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private enum State {
        SIZE_START, SIZE,
        /** Whitespace after the size or an extension, which only a ';' may follow. */
        BEFORE_SEMICOLON,
        EXT_NAME_START, EXT_NAME, AFTER_EXT_NAME, EXT_VALUE_START, EXT_TOKEN, EXT_QUOTED, EXT_QUOTED_PAIR,
        AFTER_EXT_VALUE,
        SIZE_LF, DATA, DATA_CR, DATA_LF,
        TRAILER_START, TRAILER_NAME, TRAILER_VALUE, TRAILER_LF, FINAL_LF, DONE
    }

    private State state = State.DONE;
    private long size;
    private long dataLeft;
    private long budget;

    /** Starts a body, of which at most {@code budget} bytes, framing included, will be read. */
    void start(long budget) {
        this.budget = budget;
        state = State.SIZE_START;
        size = 0;
    }

    /** Consumes what has come of the body; true once its last chunk and trailer section have been read. */
    boolean skip(InputBuffer input) throws Malformed {
        try {
            return skip(input, null);
        } catch (HttpError e) {
            throw new IllegalStateException("no upload to refuse the body", e);
        }
    }

    /** The same, handing the chunks' data to {@code upload} unless it is null. */
    boolean skip(InputBuffer input, Upload upload) throws Malformed, HttpError {
        byte[] data = input.data;
        while (state != State.DONE) {
            if (input.start == input.end) {
                return false;
            }
            if (state == State.DATA) {
                int skipped = (int) Math.min(dataLeft, input.end - input.start);
                spend(skipped);
                if (upload != null && skipped > 0) {
                    upload.write(data, input.start, skipped);
                }
                input.start += skipped;
                dataLeft -= skipped;
                if (dataLeft == 0) {
                    state = State.DATA_CR;
                }
                continue;
            }
            spend(1);
            step((char) (data[input.start++] & 0xff));
        }
        return true;
    }

    private void spend(long bytes) throws Malformed {
        budget -= bytes;
        if (budget < 0) {
            throw new Malformed("Chunked body too large to drop");
        }
    }

    private void step(char c) throws Malformed {
        switch (state) {
            case SIZE_START -> {
                size = hex(c);
                state = State.SIZE;
            }
            case SIZE -> {
                if (c == '\r') {
                    state = State.SIZE_LF;
                } else if (c == ';') {
                    state = State.EXT_NAME_START;
                } else if (FieldSyntax.isOws(c)) {
                    state = State.BEFORE_SEMICOLON;
                } else {
                    if (size > budget) {
                        throw new Malformed("Chunked body too large to drop");
                    }
                    size = size * 16 + hex(c);
                }
            }
            case BEFORE_SEMICOLON -> {
                if (c == ';') {
                    state = State.EXT_NAME_START;
                } else if (!FieldSyntax.isOws(c)) {
                    throw broken();
                }
            }
            case EXT_NAME_START -> {
                if (FieldSyntax.isTchar(c)) {
                    state = State.EXT_NAME;
                } else if (!FieldSyntax.isOws(c)) {
                    throw broken();
                }
            }
            case EXT_NAME -> {
                if (c == '=') {
                    state = State.EXT_VALUE_START;
                } else if (!FieldSyntax.isTchar(c)) {
                    afterExtension(c, State.AFTER_EXT_NAME);
                }
            }
            case AFTER_EXT_NAME -> {
                if (c == '=') {
                    state = State.EXT_VALUE_START;
                } else if (c == ';') {
                    state = State.EXT_NAME_START;
                } else if (!FieldSyntax.isOws(c)) {
                    throw broken();
                }
            }
            case EXT_VALUE_START -> {
                if (c == '"') {
                    state = State.EXT_QUOTED;
                } else if (FieldSyntax.isTchar(c)) {
                    state = State.EXT_TOKEN;
                } else if (!FieldSyntax.isOws(c)) {
                    throw broken();
                }
            }
            case EXT_TOKEN -> {
                if (!FieldSyntax.isTchar(c)) {
                    afterExtension(c, State.BEFORE_SEMICOLON);
                }
            }
            case EXT_QUOTED -> {
                if (c == '"') {
                    state = State.AFTER_EXT_VALUE;
                } else if (c == '\\') {
                    state = State.EXT_QUOTED_PAIR;
                } else if (!isQuotedText(c)) {
                    throw broken();
                }
            }
            case EXT_QUOTED_PAIR -> {
                if (!isQuotedText(c) && c != '"' && c != '\\') {
                    throw broken();
                }
                state = State.EXT_QUOTED;
            }
            case AFTER_EXT_VALUE -> afterExtension(c, State.BEFORE_SEMICOLON);
            case SIZE_LF -> {
                expect(c, '\n');
                if (size == 0) {
                    state = State.TRAILER_START;
                } else {
                    dataLeft = size;
                    state = State.DATA;
                }
            }
            case DATA_CR -> {
                expect(c, '\r');
                state = State.DATA_LF;
            }
            case DATA_LF -> {
                expect(c, '\n');
                size = 0;
                state = State.SIZE_START;
            }
            case TRAILER_START -> {
                if (c == '\r') {
                    state = State.FINAL_LF;
                } else if (FieldSyntax.isTchar(c)) {
                    state = State.TRAILER_NAME;
                } else {
                    // whitespace here would be obs-fold, anything else no field name
                    throw broken();
                }
            }
            case TRAILER_NAME -> {
                if (c == ':') {
                    state = State.TRAILER_VALUE;
                } else if (!FieldSyntax.isTchar(c)) {
                    throw broken();
                }
            }
            case TRAILER_VALUE -> {
                if (c == '\r') {
                    state = State.TRAILER_LF;
                } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    throw broken();
                }
            }
            case TRAILER_LF -> {
                expect(c, '\n');
                state = State.TRAILER_START;
            }
            case FINAL_LF -> {
                expect(c, '\n');
                state = State.DONE;
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** After an extension's name or value: a ';' starts the next, whitespace may precede one, CR ends the line. */
    private void afterExtension(char c, State onWhitespace) throws Malformed {
        if (c == ';') {
            state = State.EXT_NAME_START;
        } else if (c == '\r') {
            state = State.SIZE_LF;
        } else if (FieldSyntax.isOws(c)) {
            state = onWhitespace;
        } else {
            throw broken();
        }
    }

    /** qdtext of RFC 9110, 5.6.4: HTAB, SP, VCHAR but DQUOTE and backslash, obs-text. */
    private static boolean isQuotedText(char c) {
        return c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || c >= 0x80;
    }

    private static int hex(char c) throws Malformed {
        int value = Character.digit(c, 16);
        if (value < 0 || c > 'f') {
            throw broken();
        }
        return value;
    }

    private static void expect(char c, char expected) throws Malformed {
        if (c != expected) {
            throw broken();
        }
    }

    private static Malformed broken() {
        return new Malformed("Bad chunked body framing");
    }
}
