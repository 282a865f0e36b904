package dev.netbasics.http.client;

import dev.netbasics.cli.http.WireTrace;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/2 (and HTTP/1.1 fallback) with java.net.http, used only for {@code --http2}: its headers come sorted and
 * in lower case (HTTP/2 has no other), and its start-up costs hundreds of milliseconds.
 */
final class HttpClientEngine {

    private final ClientSettings settings;
    private HttpClient client;

    HttpClientEngine(ClientSettings settings) {
        this.settings = settings;
        if (!settings.tls().verifies()) {
            // Read once, when java.net.http's Utils class is initialized, which building the first request does:
            // so before anything of java.net.http is touched.
            System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        }
    }

    HttpResult send(HttpRequestSpec request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        // java.net.http has no idle limit: the answer's head must come within the read timeout, or the whole limit
        Duration limit = settings.timeout().isZero() ? settings.readTimeout() : settings.timeout();
        if (!limit.isZero()) {
            builder.timeout(limit);
        }
        WireTrace trace = settings.trace();
        trace.sent(request.method() + " " + request.uri() + " (HTTP/2 asked for)");
        for (HttpResult.Header header : request.headers()) {
            builder.header(header.name(), header.value());
            trace.sent(header.name() + ": " + header.value());
        }
        trace.sent("");
        HttpResponse<InputStream> response = client().send(builder.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        trace.received(version + " " + response.statusCode());
        List<HttpResult.Header> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> {
                    headers.add(new HttpResult.Header(name, value));
                    trace.received(name + ": " + value);
                });
            }
        });
        trace.received("");
        return new HttpResult(response.uri(), version, response.statusCode(), Reasons.phrase(response.statusCode()),
                headers, response.body());
    }

    private HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .sslContext(settings.tls().context())
                    .version(HttpClient.Version.HTTP_2);
            if (!settings.connectTimeout().isZero()) {
                builder.connectTimeout(settings.connectTimeout());
            }
            builder.proxy(new PerUrlProxySelector(settings.proxies()));
            client = builder.build();
        }
        return client;
    }

    /** The proxy for each URL the client visits, so that a redirect across no_proxy or schemes is honoured. */
    private static final class PerUrlProxySelector extends ProxySelector {

        private final ProxySettings proxies;

        PerUrlProxySelector(ProxySettings proxies) {
            this.proxies = proxies;
        }

        @Override
        public List<Proxy> select(URI uri) {
            return List.of(proxies.proxyFor(uri));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // the failure reaches the caller as the request's own exception
        }
    }
}
