package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.http.client.HttpExchange;
import dev.netbasics.http.client.HttpResult;
import dev.netbasics.http.client.HttpToolsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Prints responses the way the book's scripts do, or as JSON, and applies {@code --fail}. */
final class ResponseOutput {

    static final String BINARY_NOTE = """
            +-----------------------------------------+
            | NOTE: binary data not shown in terminal |
            +-----------------------------------------+""";

    private ResponseOutput() {
    }

    private static byte[] readBody(HttpResult result) {
        try (InputStream body = result.body()) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw HttpExchange.failure(result.uri(), e);
        }
    }

    /**
     * The body as curl and {@code sys.stdout.buffer} write it: byte for byte to a pipe or a file; decoded only
     * for a terminal (see {@link #printText}). The text writer is flushed first, so what it holds comes before.
     */
    static void writeBody(PrintWriter text, OutputStream bytes, HttpResult result, boolean terminal) {
        if (terminal) {
            printText(text, result);
            return;
        }
        text.flush();
        try (InputStream body = result.body()) {
            body.transferTo(bytes);
            bytes.flush();
        } catch (IOException e) {
            throw HttpExchange.failure(result.uri(), e);
        }
    }

    /**
     * The body as text for a terminal, in the charset the server names (UTF-8 if none), however long it is:
     * control characters other than tab and line ends escaped ({@code \x1b}), so the server cannot drive the
     * terminal; text stops at the line where binary data (a NUL byte) starts, with HTTPie's and xh's note instead.
     */
    static void printText(PrintWriter out, HttpResult result) {
        Charset charset = charset(result.header("Content-Type"));
        boolean nulIsText = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        BinaryStop binaryStop = !nulIsText ? new BinaryStop(result.body()) : null;
        InputStream bytes = binaryStop != null ? binaryStop : result.body();
        try (Reader body = new InputStreamReader(bytes, charset)) {
            body.transferTo(new ControlEscaping(out));
        } catch (IOException e) {
            throw HttpExchange.failure(result.uri(), e);
        }
        if (binaryStop != null && binaryStop.stopped) {
            out.println();
            out.println(BINARY_NOTE);
        }
    }

    /**
     * The book's {@code Status: 200} and {@code Headers: [('Content-Type', 'text/html'), ...]}: Python's repr of
     * the list of tuples {@code getheaders()} returns.
     */
    static void printStatusAndHeaders(PrintWriter out, HttpResult result, boolean showVersion) {
        StringBuilder headers = new StringBuilder("Headers: [");
        for (HttpResult.Header header : result.headers()) {
            if (headers.length() > "Headers: [".length()) {
                headers.append(", ");
            }
            headers.append('(');
            PythonRepr.appendRepr(headers, header.name());
            headers.append(", ");
            PythonRepr.appendRepr(headers, header.value());
            headers.append(')');
        }
        out.println("Status: " + result.status() + (showVersion ? " (" + result.version() + ")" : ""));
        out.println(headers.append(']'));
    }

    static void printJson(PrintWriter out, HttpResult result) {
        out.println(Json.describe(result, readBody(result)));
    }

    /** With --fail, a 4xx or 5xx answer is an error (curl's exit code 22); the body is not printed. */
    static void checkFail(boolean fail, HttpResult result) {
        if (fail && result.status() >= 400) {
            throw new HttpToolsException(ExitCode.HTTP_ERROR,
                    "the server answered " + result.status() + " " + result.reason() + " for " + result.uri());
        }
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] pair = parameter.strip().split("=", 2);
                if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                    try {
                        return Charset.forName(pair[1].strip().replace("\"", ""));
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Writes text with C0 controls but tab, LF and CR, DEL and C1 controls as {@code \xNN}. */
    private static final class ControlEscaping extends Writer {

        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final Writer out;

        ControlEscaping(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            int start = offset;
            for (int i = offset; i < offset + length; i++) {
                char c = text[i];
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                    out.write(text, start, i - start);
                    out.write(new char[] {'\\', 'x', HEX[c >> 4], HEX[c & 0xf]});
                    start = i + 1;
                }
            }
            out.write(text, start, offset + length - start);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Ends the stream before the line that holds the first NUL byte, and remembers that it did. */
    private static final class BinaryStop extends FilterInputStream {

        private boolean stopped;

        BinaryStop(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (stopped) {
                return -1;
            }
            int count = super.read(buffer, offset, length);
            for (int i = offset; i < offset + count; i++) {
                if (buffer[i] == 0) {
                    stopped = true;
                    int lineEnd = i - 1;
                    while (lineEnd >= offset && buffer[lineEnd] != '\n') {
                        lineEnd--;
                    }
                    return lineEnd >= offset ? lineEnd - offset + 1 : -1;
                }
            }
            return count;
        }
    }
}
