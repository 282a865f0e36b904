package dev.netbasics.cli.http;

import dev.netbasics.cli.ExitCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the body of an answer ends, by RFC 9112 §6.3, in its order: none after HEAD, 1xx, 204 or 304 whatever the
 * fields say; chunked when Transfer-Encoding ends in chunked; Content-Length bytes; else up to the close. Every
 * ambiguity a request smuggler or a broken server could use is refused, never guessed: Transfer-Encoding with
 * Content-Length, Transfer-Encoding in HTTP/1.0, differing or malformed lengths, a coding we cannot undo.
 */
final class BodyFraming {

    /** 16 hex digits overflow a long: a chunk size that large is no real body. */
    private static final int MAX_CHUNK_SIZE_DIGITS = 15;
    private static final int MAX_TRAILER_FIELDS = 100;

    private BodyFraming() {
    }

    static InputStream body(String method, HeadReader.Head head, InputStream in) throws HttpPeerException {
        int status = head.status();
        if (method.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return InputStream.nullInputStream();
        }
        List<String> codings = values(head.fields(), "Transfer-Encoding");
        List<String> lengths = values(head.fields(), "Content-Length");
        if (!codings.isEmpty()) {
            if (head.version().equals("HTTP/1.0")) {
                throw HeadReader.protocol("Transfer-Encoding in an HTTP/1.0 answer: its framing is faulty"
                        + " (RFC 9112 §6.1)");
            }
            if (!lengths.isEmpty()) {
                throw HeadReader.protocol("the answer has both Transfer-Encoding and Content-Length, a"
                        + " request-smuggling pattern (RFC 9112 §6.3)");
            }
            for (String coding : codings) {
                if (!coding.toLowerCase(Locale.ROOT).equals("chunked")) {
                    throw HeadReader.protocol("unsupported transfer coding '" + coding + "'");
                }
            }
            if (codings.size() > 1) {
                throw HeadReader.protocol("the chunked transfer coding is applied more than once (RFC 9112 §7)");
            }
            return new ChunkedBody(in);
        }
        if (!lengths.isEmpty()) {
            return new FixedLengthBody(in, contentLength(lengths));
        }
        return in;
    }

    /** One length, however often it is repeated (RFC 9110 §8.6 lets a recipient take "5, 5" as 5). */
    private static long contentLength(List<String> values) throws HttpPeerException {
        long length = -1;
        for (String value : values) {
            if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw HeadReader.protocol("invalid Content-Length '" + value + "' (RFC 9112 §6.3)");
            }
            long parsed = Long.parseLong(value);
            if (length >= 0 && parsed != length) {
                throw HeadReader.protocol("the answer has differing Content-Length values (" + length + " and "
                        + parsed + ") (RFC 9112 §6.3)");
            }
            length = parsed;
        }
        return length;
    }

    /** Every element of every field of that name, split at commas, without the whitespace around them. */
    private static List<String> values(List<HttpField> fields, String name) {
        List<String> values = new ArrayList<>();
        for (HttpField field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                for (String element : field.value().split(",", -1)) {
                    values.add(element.strip());
                }
            }
        }
        return values;
    }

    /** A body read through its framing: one byte at a time by way of the bulk read, which knows the framing. */
    private abstract static class BodyStream extends FilterInputStream {

        BodyStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Exactly the announced bytes; the connection closing before them is a cut-off body, not the end of one. */
    static final class FixedLengthBody extends BodyStream {

        private final long length;
        private long left;

        FixedLengthBody(InputStream in, long length) {
            super(in);
            this.length = length;
            this.left = length;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (left == 0) {
                return -1;
            }
            if (count == 0) {
                return 0;
            }
            int n = super.read(buffer, offset, (int) Math.min(count, left));
            if (n < 0) {
                throw new HttpPeerException(ExitCode.FAILURE, "the server closed the connection after "
                        + (length - left) + " of " + length + " bytes of the body");
            }
            left -= n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public long skip(long n) throws IOException {
            return super.skip(Math.min(n, left));
        }
    }

    /** RFC 9112 §7.1: chunk sizes in hex, extensions ignored, each chunk ended by CRLF, trailers read and dropped. */
    static final class ChunkedBody extends BodyStream {

        private final HeadReader lines;
        private long left;
        private boolean started;
        private boolean ended;

        ChunkedBody(InputStream in) {
            super(in);
            this.lines = new HeadReader(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            if (left == 0 && !nextChunk()) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(count, left));
            if (n < 0) {
                throw cutOff();
            }
            left -= n;
            return n;
        }

        /** Reads up to the next chunk's data; false at the last chunk, whose trailers are read too. */
        private boolean nextChunk() throws IOException {
            if (ended) {
                return false;
            }
            if (started && !line().isEmpty()) {
                throw HeadReader.protocol("a chunk is longer than its size (no CRLF after its data)");
            }
            started = true;
            left = chunkSize(line());
            if (left > 0) {
                return true;
            }
            ended = true;
            for (int trailers = 0; !line().isEmpty(); trailers++) {
                if (trailers == MAX_TRAILER_FIELDS) {
                    throw HeadReader.protocol("more than " + MAX_TRAILER_FIELDS + " trailer fields");
                }
            }
            return false;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            if (!lines.readLine(line)) {
                throw cutOff();
            }
            return line.toString();
        }

        private static long chunkSize(String line) throws HttpPeerException {
            int digits = 0;
            while (digits < line.length() && Character.digit(line.charAt(digits), 16) >= 0
                    && line.charAt(digits) < 0x80) {
                digits++;
            }
            int rest = digits;
            while (rest < line.length() && (line.charAt(rest) == ' ' || line.charAt(rest) == '\t')) {
                rest++;
            }
            if (digits == 0 || rest < line.length() && line.charAt(rest) != ';') {
                throw HeadReader.protocol("malformed chunk size line '" + line + "' (RFC 9112 §7.1)");
            }
            String hex = line.substring(0, digits).replaceFirst("^0+(?=.)", "");
            if (hex.length() > MAX_CHUNK_SIZE_DIGITS) {
                throw HeadReader.protocol("chunk size " + line.substring(0, digits) + " is too large");
            }
            return Long.parseLong(hex, 16);
        }

        private static HttpPeerException cutOff() {
            return new HttpPeerException(ExitCode.FAILURE,
                    "the server closed the connection in the middle of a chunked body");
        }

        @Override
        public int available() {
            return 0;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
            int read = read(buffer, 0, (int) Math.min(buffer.length, n));
            return Math.max(0, read);
        }
    }
}
