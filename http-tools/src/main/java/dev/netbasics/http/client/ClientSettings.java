package dev.netbasics.http.client;

import dev.netbasics.cli.ssl.TlsTrust;
import java.time.Duration;

/**
 * How requests are made.
 *
 * @param timeout the limit for the whole exchange; zero for none
 * @param connectTimeout the limit for connecting; zero for none
 * @param protocol which HTTP version to use
 * @param tls trust settings for https
 * @param proxies the proxy for each URL
 */
public record ClientSettings(Duration timeout, Duration connectTimeout, Protocol protocol, TlsTrust tls,
        ProxySettings proxies) {

    /**
     * AUTO is HTTP/2 over TLS (negotiated by ALPN, falling back to HTTP/1.1) and HTTP/1.1 in clear text, as
     * curl does; HTTP_1_1 and HTTP_2 force one (HTTP/2 in clear text asks for an h2c upgrade).
     */
    public enum Protocol { AUTO, HTTP_1_1, HTTP_2 }

    /** Whether this request needs java.net.http's client: only it speaks HTTP/2, and it costs start-up time. */
    boolean needsHttp2Client(String scheme) {
        return protocol == Protocol.HTTP_2 || protocol == Protocol.AUTO && "https".equalsIgnoreCase(scheme);
    }
}
