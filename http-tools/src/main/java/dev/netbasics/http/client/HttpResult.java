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

    public long contentLength() {
        String value = header("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
