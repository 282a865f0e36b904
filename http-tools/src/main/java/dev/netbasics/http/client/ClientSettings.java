package dev.netbasics.http.client;

import dev.netbasics.cli.http.WireTrace;
import dev.netbasics.cli.ssl.TlsTrust;
import java.time.Duration;

/**
 * How requests are made.
 *
 * @param timeout the limit for the whole exchange; zero for none
 * @param connectTimeout the limit for connecting; zero for none
 * @param readTimeout the longest wait for a byte of the answer; zero for none
 * @param http2 whether HTTP/2 is asked for ({@code --http2}); else HTTP/1.1, as the book's http.client speaks it
 * @param tls trust settings for https
 * @param proxies the proxy for each URL
 * @param trace where {@code -v} writes the heads
 */
public record ClientSettings(Duration timeout, Duration connectTimeout, Duration readTimeout, boolean http2,
        TlsTrust tls, ProxySettings proxies, WireTrace trace) {
}
