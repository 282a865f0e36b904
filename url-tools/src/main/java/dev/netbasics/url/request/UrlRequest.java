package dev.netbasics.url.request;

import dev.netbasics.cli.http.WireTrace;
import dev.netbasics.cli.ssl.TlsTrust;
import java.time.Duration;
import java.util.List;

/**
 * What {@code urlopen(url, data)} is given: the URL, extra headers, the body that makes it a POST (null for
 * GET), the timeout of every connect and read, whom TLS trusts, and where {@code -v} traces the heads.
 */
public record UrlRequest(String url, List<UrlResponse.Header> headers, byte[] data, Duration timeout, TlsTrust trust,
        WireTrace trace) {

    public UrlRequest {
        headers = List.copyOf(headers);
    }

    UrlRequest withUrl(String newUrl) {
        return new UrlRequest(newUrl, headers, data, timeout, trust, trace);
    }

    UrlRequest redirectedTo(String target, boolean keepData, boolean sameHost) {
        List<UrlResponse.Header> kept = headers.stream()
                .filter(header -> keepData || !isContentHeader(header.name()))
                .filter(header -> sameHost || !isCredential(header.name()))
                .toList();
        return new UrlRequest(target, kept, keepData ? data : null, timeout, trust, trace);
    }

    private static boolean isContentHeader(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Content-Type");
    }

    /** Unlike urllib, credentials do not follow a redirect to another host (as curl). */
    private static boolean isCredential(String name) {
        return name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie");
    }
}
