package dev.netbasics.http.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;

/**
 * HTTP/1.1 with {@link HttpURLConnection}: a one-shot request costs a fraction of java.net.http's start-up
 * (README, "Start-up"), so it serves every request that does not need HTTP/2.
 */
final class UrlConnectionEngine {

    private final ClientSettings settings;

    UrlConnectionEngine(ClientSettings settings) {
        this.settings = settings;
    }

    HttpResult send(HttpRequestSpec request, Proxy proxy) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection(proxy);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout((int) settings.connectTimeout().toMillis());
        connection.setReadTimeout((int) settings.timeout().toMillis());
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(settings.tls().context().getSocketFactory());
            if (!settings.tls().verifies()) {
                https.setHostnameVerifier((host, session) -> true);
            }
        }
        connection.setRequestMethod(request.method());
        for (HttpResult.Header header : request.headers()) {
            connection.addRequestProperty(header.name(), header.value());
        }
        if (request.body() != null) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(request.body().length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request.body());
            }
        }
        int status = connection.getResponseCode();
        List<HttpResult.Header> headers = new ArrayList<>();
        String statusLine = connection.getHeaderField(0);
        for (int i = 1; connection.getHeaderFieldKey(i) != null || connection.getHeaderField(i) != null; i++) {
            String name = connection.getHeaderFieldKey(i);
            if (name != null) {
                headers.add(new HttpResult.Header(name, connection.getHeaderField(i)));
            }
        }
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String version = statusLine != null && statusLine.startsWith("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1";
        String reason = connection.getResponseMessage();
        return new HttpResult(request.uri(), version, status, reason == null ? "" : reason, headers,
                body == null ? InputStream.nullInputStream() : body);
    }
}
