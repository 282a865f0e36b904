package dev.netbasics.url;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small httpbin on 127.0.0.1, port 0: {@code /bytes} (binary body, repeated headers), {@code /status/N},
 * {@code /redirect/N}, {@code /loop}, {@code /post} and {@code /headers} (echo), {@code /location?to=URL},
 * {@code /truncated}, {@code /slow}, {@code /robots.txt}, {@code /latin1} (a header value and a UTF-16 body beyond
 * ASCII).
 */
final class TestHttpServer implements AutoCloseable {

    static final byte[] BYTES_BODY = "Hello\n\u0000'\"\\\t".getBytes(StandardCharsets.ISO_8859_1);

    private final HttpServer server;

    private TestHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static TestHttpServer start() {
        try {
            return new TestHttpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        try (exchange) {
            if (path.equals("/bytes")) {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.getResponseHeaders().add("Set-Cookie", "a=1");
                exchange.getResponseHeaders().add("Set-Cookie", "b=2");
                send(exchange, 200, BYTES_BODY);
            } else if (path.startsWith("/status/")) {
                int status = Integer.parseInt(path.substring("/status/".length()));
                send(exchange, status, ("error body " + status).getBytes(StandardCharsets.US_ASCII));
            } else if (path.startsWith("/redirect/")) {
                int remaining = Integer.parseInt(path.substring("/redirect/".length()));
                redirect(exchange, 302, remaining == 0 ? "/bytes" : "/redirect/" + (remaining - 1));
            } else if (path.equals("/loop")) {
                redirect(exchange, 302, "/loop");
            } else if (path.startsWith("/location/")) {
                redirect(exchange, Integer.parseInt(path.substring("/location/".length())),
                        URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8));
            } else if (path.equals("/post") || path.equals("/headers")) {
                send(exchange, 200, echo(exchange));
            } else if (path.equals("/truncated")) {
                exchange.sendResponseHeaders(200, 100);
                exchange.getResponseBody().write("only part".getBytes(StandardCharsets.US_ASCII));
                exchange.getResponseBody().flush();
                throw new IOException("cut off on purpose");
            } else if (path.equals("/slow")) {
                sleep(3_000);
                send(exchange, 200, new byte[0]);
            } else if (path.equals("/latin1")) {
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-16");
                exchange.getResponseHeaders().add("X-Name", "caf\u00e9 \u00bd");
                send(exchange, 200, "caf\u00e9 \u20ac\n".getBytes(StandardCharsets.UTF_16));
            } else if (path.equals("/robots.txt")) {
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                send(exchange, 200, "User-agent: *\nDisallow: /private\nCrawl-delay: 7\n"
                        .getBytes(StandardCharsets.US_ASCII));
            } else {
                send(exchange, 404, "not found".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static byte[] echo(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        StringBuilder text = new StringBuilder(exchange.getRequestMethod()).append('\n');
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        text.append('\n').append(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, status, new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
