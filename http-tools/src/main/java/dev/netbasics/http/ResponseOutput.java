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
import java.io.PrintWriter;
import java.io.Reader;
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
     * Streams the body as text, in the charset the server names (UTF-8 if none), however long it is. On a
     * terminal, text stops at the line where binary data (a NUL byte) starts, with HTTPie's and xh's note
     * instead: raw bytes would garble the terminal or drive it with escape sequences.
     */
    static void printText(PrintWriter out, HttpResult result, boolean terminal) {
        Charset charset = charset(result.header("Content-Type"));
        boolean nulIsText = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        BinaryStop binaryStop = terminal && !nulIsText ? new BinaryStop(result.body()) : null;
        InputStream bytes = binaryStop != null ? binaryStop : result.body();
        try (Reader body = new InputStreamReader(bytes, charset)) {
            body.transferTo(out);
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
    static void printStatusAndHeaders(PrintWriter out, HttpResult result) {
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
        out.println("Status: " + result.status());
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
