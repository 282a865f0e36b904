package dev.netbasics.url;

import dev.netbasics.cli.TerminalText;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.error.HttpError;
import dev.netbasics.url.error.NetworkErrors;
import dev.netbasics.url.request.UrlOpener;
import dev.netbasics.url.request.UrlRequest;
import dev.netbasics.url.request.UrlResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.StringJoiner;

/** The work of {@code read} and {@code headers}: open a URL as urlopen does and print what the book prints. */
final class UrlFetch {

    private final ProcessContext process;
    private final UrlRequest request;
    private final boolean ignoreStatus;

    UrlFetch(ProcessContext process, UrlRequest request, boolean ignoreStatus) {
        this.process = process;
        this.request = request;
        this.ignoreStatus = ignoreStatus;
    }

    /**
     * {@code sys.stdout.buffer.write(urlopen(url).read())}: the body's bytes, unchanged; on a terminal with its
     * control bytes escaped ({@link TerminalBytes}).
     */
    void writeBody(PrintWriter out) {
        out.flush();
        try (UrlResponse response = open()) {
            InputStream body = response.body();
            OutputStream sink = process.terminal() ? new TerminalBytes(process.bodyOutput()) : process.bodyOutput();
            body.transferTo(sink);
            sink.flush();
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /**
     * {@code print(urlopen(url).read())}: the body as Python's bytes literal, which is ASCII, so it goes to the
     * byte stream as it is escaped, not through a Writer.
     */
    void printBodyRepr(PrintWriter out) {
        byte[] body;
        try (UrlResponse response = open()) {
            body = response.body().readAllBytes();
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
        out.flush();
        try {
            PythonRepr.print(body, process.bodyOutput());
            process.bodyOutput().flush();
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /**
     * {@code print(urlopen(url).info())}: each header as received, the message's blank line, print's newline; a
     * control character a server put in a header (no HTTP field may hold one but tab) written as {@code \xNN}.
     */
    void printHeaders(PrintWriter out) {
        try (UrlResponse response = open()) {
            for (UrlResponse.Header header : response.headers()) {
                out.print(escapeControls(header.name() + ": " + HeaderText.of(header.value())) + "\n");
            }
            out.print("\n\n");
            out.flush();
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /** Each line escaped on its own: the lines HeaderText folds a value into stay lines. */
    private static String escapeControls(String text) {
        StringJoiner escaped = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            escaped.add(TerminalText.escapeControlsButTabs(line));
        }
        return escaped.toString();
    }

    private UrlResponse open() {
        UrlOpener opener = new UrlOpener(process.environment());
        try {
            return opener.open(request);
        } catch (HttpError e) {
            if (ignoreStatus) {
                return e.response();
            }
            closeQuietly(e.response());
            throw e;
        }
    }

    private static void closeQuietly(UrlResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the error is what gets reported
        }
    }
}
