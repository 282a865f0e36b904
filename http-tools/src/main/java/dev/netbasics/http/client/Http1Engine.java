package dev.netbasics.http.client;

import dev.netbasics.cli.http.Http1Client;
import dev.netbasics.cli.http.Http1Request;
import dev.netbasics.cli.http.Http1Response;
import dev.netbasics.cli.http.HttpField;
import java.io.IOException;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 with cli-support's own client, the default: it prints what the book's http.client prints (names as
 * written, received order, for https too), checks every byte of the framing, and starts in a fraction of
 * java.net.http's time.
 */
final class Http1Engine {

    private final Http1Client client;

    Http1Engine(ClientSettings settings) {
        this.client = new Http1Client(settings.connectTimeout(), settings.readTimeout(), settings.timeout(),
                settings.tls(), settings.trace());
    }

    HttpResult send(HttpRequestSpec request, Proxy proxy) throws IOException {
        List<HttpField> fields = new ArrayList<>();
        for (HttpResult.Header header : request.headers()) {
            fields.add(new HttpField(header.name(), header.value()));
        }
        Http1Response response = client.exchange(new Http1Request(request.method(), request.uri(), fields,
                request.body()), proxy);
        List<HttpResult.Header> headers = new ArrayList<>();
        for (HttpField field : response.fields()) {
            headers.add(new HttpResult.Header(field.name(), field.value()));
        }
        return new HttpResult(request.uri(), response.version(), response.status(), response.reason(), headers,
                response.body());
    }
}
