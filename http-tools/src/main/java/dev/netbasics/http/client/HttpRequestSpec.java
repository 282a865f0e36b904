package dev.netbasics.http.client;

import java.net.URI;
import java.util.List;

/** One request to send: method, target, headers in order, and an optional body. */
public record HttpRequestSpec(String method, URI uri, List<HttpResult.Header> headers, byte[] body) {

    HttpRequestSpec redirectedTo(URI target, boolean keepMethodAndBody, boolean sameOrigin) {
        List<HttpResult.Header> kept = headers.stream()
                .filter(h -> sameOrigin || !h.name().equalsIgnoreCase("Authorization"))
                .filter(h -> keepMethodAndBody || !h.name().equalsIgnoreCase("Content-Type"))
                .toList();
        return keepMethodAndBody
                ? new HttpRequestSpec(method, target, kept, body)
                : new HttpRequestSpec(method.equals("HEAD") ? "HEAD" : "GET", target, kept, null);
    }
}
