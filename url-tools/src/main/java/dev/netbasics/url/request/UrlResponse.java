package dev.netbasics.url.request;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An opened URL, as urllib's response object: the final URL, the HTTP status and reason ({@code -1} and empty
 * for schemes without them), the headers in received order (repeated ones kept) and the body.
 */
public record UrlResponse(String url, int status, String reason, List<Header> headers, InputStream body)
        implements Closeable {

    static final int NO_STATUS = -1;

    public record Header(String name, String value) {
    }

    static UrlResponse withoutStatus(String url, List<Header> headers, InputStream body) {
        return new UrlResponse(url, NO_STATUS, "", headers, body);
    }

    /** The first header of that name, case-insensitively, or null. */
    String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
