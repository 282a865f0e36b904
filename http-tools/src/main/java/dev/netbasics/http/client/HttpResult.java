package dev.netbasics.http.client;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * A response as received: status line parts, headers in received order (repeated ones kept), and the
 * body still to be read.
 */
public record HttpResult(URI uri, String version, int status, String reason, List<Header> headers, InputStream body) {

    public record Header(String name, String value) {
    }

    public String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }

    /** The announced length of the body, for a progress bar; -1 when unknown or when the status has no body. */
    public long contentLength() {
        if (status < 200 || status == 204 || status == 304) {
            return -1;
        }
        String value = header("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
