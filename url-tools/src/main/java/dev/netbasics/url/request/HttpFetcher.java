package dev.netbasics.url.request;

import dev.netbasics.cli.http.Http1Client;
import dev.netbasics.cli.http.Http1Request;
import dev.netbasics.cli.http.Http1Response;
import dev.netbasics.cli.http.HttpField;
import dev.netbasics.cli.http.HttpPeerException;
import dev.netbasics.url.error.NetworkErrors;
import dev.netbasics.url.error.UrlToolsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP exchange with cli-support's HTTP/1.1 client, sent as urllib sends it ({@code Accept-Encoding: identity},
 * {@code Connection: close}, a form content type for data), the answer's framing checked as RFC 9112 says.
 * Redirects and status checks are {@link UrlOpener}'s.
 */
final class HttpFetcher {

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
    static final int MAX_PORT = 65_535;

    private final String userAgent;
    private final ProxySelection proxies;

    HttpFetcher(String userAgent, ProxySelection proxies) {
        this.userAgent = userAgent;
        this.proxies = proxies;
    }

    UrlResponse exchange(UrlRequest request) {
        URI uri = toUri(request.url());
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw UrlToolsException.urlError("no host given");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() < 0 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        Http1Client client = new Http1Client(request.timeout(), request.timeout(), Duration.ZERO, request.trust(),
                request.trace());
        try {
            Http1Response response = client.exchange(new Http1Request(request.data() == null ? "GET" : "POST",
                    withoutUserInfo(uri), fields(request, uri), request.data()),
                    proxies.proxyFor(scheme, unbracketed(uri.getHost()), port));
            List<UrlResponse.Header> headers = new ArrayList<>();
            for (HttpField field : response.fields()) {
                headers.add(new UrlResponse.Header(field.name(), field.value()));
            }
            return new UrlResponse(request.url(), response.status(), response.reason(), headers,
                    new NamingTheServer(response.body(), uri.getHost() + ":" + port));
        } catch (HttpPeerException e) {
            throw UrlToolsException.badAnswer(e.exitCode(), uri.getHost() + ":" + port, e.getMessage());
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /**
     * urllib's fields, then the user's (which replace one of the same name, as urllib's add_header does); the
     * URL's {@code user:password@} as Basic credentials, as curl sends them, unless an Authorization is given.
     */
    private List<HttpField> fields(UrlRequest request, URI uri) {
        Map<String, HttpField> fields = new LinkedHashMap<>();
        put(fields, "Accept-Encoding", "identity");
        put(fields, "Accept", "*/*");
        put(fields, "User-Agent", userAgent);
        put(fields, "Connection", "close");
        if (request.data() != null) {
            put(fields, "Content-Type", FORM_CONTENT_TYPE);
        }
        for (UrlResponse.Header header : request.headers()) {
            put(fields, header.name(), header.value());
        }
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !fields.containsKey("authorization")) {
            String credentials = userInfo.indexOf(':') < 0 ? userInfo + ":" : userInfo;
            put(fields, "Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(fields.values());
    }

    private static void put(Map<String, HttpField> fields, String name, String value) {
        fields.put(name.toLowerCase(Locale.ROOT), new HttpField(name, value));
    }

    /**
     * A host name beyond ASCII goes out in its IDNA form, other non-ASCII in the URL UTF-8 percent-encoded; anything
     * that is no URL at all is a usage error.
     */
    private static URI toUri(String text) {
        try {
            URI uri = new URI(HostNames.inUrl(text));
            if (uri.getPort() > MAX_PORT) {
                throw UrlToolsException.usage("invalid URL " + text + ": port out of range 0-65535");
            }
            return new URI(uri.toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw UrlToolsException.usage("invalid URL " + text + ": " + e.getMessage());
        }
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        String authority = uri.getRawAuthority();
        return URI.create(uri.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The body, whose faults (a cut-off or broken framing) say which server they came from. */
    private static final class NamingTheServer extends FilterInputStream {

        private final String hostAndPort;

        NamingTheServer(InputStream body, String hostAndPort) {
            super(body);
            this.hostAndPort = hostAndPort;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (HttpPeerException e) {
                throw named(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (HttpPeerException e) {
                throw named(e);
            }
        }

        private HttpPeerException named(HttpPeerException e) {
            return new HttpPeerException(e.exitCode(), "request to " + hostAndPort + " failed: " + e.getMessage(), e);
        }
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
