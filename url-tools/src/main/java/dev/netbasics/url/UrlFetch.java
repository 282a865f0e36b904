package dev.netbasics.url;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.cli.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/** The work of {@code read} and {@code headers}: open a URL as urlopen does and print what the book prints. */
final class UrlFetch {

    private final ProcessContext process;
    private final boolean ignoreStatus;

    UrlFetch(ProcessContext process, boolean ignoreStatus) {
        this.process = process;
        this.ignoreStatus = ignoreStatus;
    }

    /** {@code sys.stdout.buffer.write(urlopen(url).read())}: the body's bytes, unchanged. */
    void writeBody(UrlRequest request, PrintWriter out) {
        out.flush();
        try (UrlResponse response = open(request)) {
            InputStream body = response.body();
            OutputStream sink = process.bodyOutput();
            body.transferTo(sink);
            sink.flush();
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /** {@code print(urlopen(url).read())}: the body as Python's bytes literal. */
    void printBodyRepr(UrlRequest request, PrintWriter out) {
        try (UrlResponse response = open(request)) {
            InputStream body = response.body();
            out.println(PythonRepr.repr(body.readAllBytes()));
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /** {@code print(urlopen(url).info())}: each header as received, the message's blank line, print's newline. */
    void printHeaders(UrlRequest request, PrintWriter out) {
        try (UrlResponse response = open(request)) {
            for (UrlResponse.Header header : response.headers()) {
                out.print(header.name() + ": " + header.value() + "\n");
            }
            out.print("\n\n");
            out.flush();
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    private UrlResponse open(UrlRequest request) {
        UrlOpener opener = new UrlOpener(userAgent(), process.environment());
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

    static String userAgent() {
        return "url-tools/" + VersionProvider.version();
    }

    private static void closeQuietly(UrlResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the error is what gets reported
        }
    }
}
