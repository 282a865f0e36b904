package dev.netbasics.cli.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A final answer as received: the version of its status line ({@code HTTP/1.1}, {@code HTTP/1.0}), the status,
 * the reason phrase (possibly empty), the fields in received order with their names as written and their bytes
 * read as ISO-8859-1 (as Python's http.client reads them: no byte is lost), and the body, framed as RFC 9112 §6.3
 * says. Closing it closes the connection.
 */
public record Http1Response(String version, int status, String reason, List<HttpField> fields, InputStream body)
        implements Closeable {

    /** The first field of that name, case-insensitively, or null. */
    public String field(String name) {
        for (HttpField field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return field.value();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
