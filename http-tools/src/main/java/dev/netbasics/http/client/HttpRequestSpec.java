package dev.netbasics.http.client;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One request to send: method, target, headers in order, and an optional body. */
public record HttpRequestSpec(String method, URI uri, List<HttpResult.Header> headers, byte[] body) {

    /** What identifies the user to a site: never sent on to another (curl's CVE-2022-27776 and CVE-2018-1000007). */
    private static final Set<String> CREDENTIALS = Set.of("authorization", "cookie");

    HttpRequestSpec redirectedTo(URI target, boolean keepMethodAndBody, boolean keepCredentials) {
        List<HttpResult.Header> kept = headers.stream()
                .filter(h -> keepCredentials || !CREDENTIALS.contains(h.name().toLowerCase(Locale.ROOT)))
                .filter(h -> keepMethodAndBody || !h.name().equalsIgnoreCase("Content-Type"))
                .toList();
        return keepMethodAndBody
                ? new HttpRequestSpec(method, target, kept, body)
                : new HttpRequestSpec(method.equals("HEAD") ? "HEAD" : "GET", target, kept, null);
    }
}
