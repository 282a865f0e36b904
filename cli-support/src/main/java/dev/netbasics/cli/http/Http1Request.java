package dev.netbasics.cli.http;

import java.net.URI;
import java.util.List;

/**
 * A request to send: the method, an absolute http or https URI in ASCII (its user information is not sent), the
 * fields in the order they go out after {@code Host}, and the body (null for none). {@code Host} and, with a
 * body, {@code Content-Length} are the client's; the caller gives neither.
 */
public record Http1Request(String method, URI uri, List<HttpField> fields, byte[] body) {

    public Http1Request {
        fields = List.copyOf(fields);
    }
}
