package dev.netbasics.url.request;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.error.NetworkErrors;
import dev.netbasics.url.error.UrlToolsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;

/**
 * One HTTP exchange with {@link HttpURLConnection}, sent as urllib sends it ({@code Accept-Encoding: identity},
 * {@code Connection: close}, a form content type for data). Redirects and status checks are {@link UrlOpener}'s.
 * HttpURLConnection rather than java.net.http: a one-shot request starts several times faster.
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
        URL url = toUrl(request.url());
        if (url.getHost().isEmpty()) {
            throw UrlToolsException.urlError("no host given");
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection(
                    proxies.proxyFor(url.getProtocol(), url.getHost(), url.getPort() < 0 ? url.getDefaultPort()
                            : url.getPort()));
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(Math.toIntExact(request.timeout().toMillis()));
            connection.setReadTimeout(Math.toIntExact(request.timeout().toMillis()));
            if (connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(request.trust().context().getSocketFactory());
            }
            connection.setRequestProperty("Accept-Encoding", "identity");
            connection.setRequestProperty("Accept", "*/*");
            connection.setRequestProperty("User-Agent", userAgent);
            connection.setRequestProperty("Connection", "close");
            if (request.data() != null) {
                connection.setRequestMethod("POST");
                connection.setRequestProperty("Content-Type", FORM_CONTENT_TYPE);
            }
            for (UrlResponse.Header header : request.headers()) {
                connection.setRequestProperty(header.name(), header.value());
            }
            if (request.data() != null) {
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(request.data().length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(request.data());
                }
            }
            int status = connection.getResponseCode();
            if (status < 0) {
                throw UrlToolsException.urlError(ExitCode.PROTOCOL, "Remote end closed connection without a valid response");
            }
            String reason = connection.getResponseMessage();
            List<UrlResponse.Header> headers = receivedHeaders(connection);
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            body = body == null ? InputStream.nullInputStream() : body;
            // A body ending before its Content-Length fails in HttpURLConnection itself ("Premature EOF").
            return new UrlResponse(request.url(), status, reason == null ? "" : reason, headers, body);
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    /**
     * A host name beyond ASCII goes out in its IDNA form, other non-ASCII in the URL UTF-8 percent-encoded; anything
     * that is no URL at all is a usage error.
     */
    private static URL toUrl(String text) {
        try {
            URI uri = new URI(HostNames.inUrl(text));
            if (uri.getPort() > MAX_PORT) {
                throw UrlToolsException.usage("invalid URL " + text + ": port out of range 0-65535");
            }
            return new URI(uri.toASCIIString()).toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw UrlToolsException.usage("invalid URL " + text + ": " + e.getMessage());
        }
    }

    private static List<UrlResponse.Header> receivedHeaders(HttpURLConnection connection) {
        List<UrlResponse.Header> headers = new ArrayList<>();
        for (int i = 1; connection.getHeaderFieldKey(i) != null || connection.getHeaderField(i) != null; i++) {
            String name = connection.getHeaderFieldKey(i);
            if (name != null) {
                headers.add(new UrlResponse.Header(name, connection.getHeaderField(i)));
            }
        }
        return headers;
    }
}
