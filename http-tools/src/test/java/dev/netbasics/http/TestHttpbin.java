package dev.netbasics.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small httpbin on the JDK's HttpServer: /get, /post, /status/N, /redirect/N, /headers, /delay/S, /short,
 * /stream-lines/N, /binary, /redirect-to/HOST (to http://HOST/get), /bytes/N (N bytes of a repeating pattern) and
 * /charset/NAME?TEXT (the text of the query in that charset, as the Content-Type says), /stall (64 KiB of an
 * announced 1 MiB, then nothing until the server stops or 20 s pass). A test registers one per
 * test method ({@code @RegisterExtension}), and it is stopped after each.
 */
final class TestHttpbin implements AutoCloseable, AfterEachCallback {

    /** Each line of {@code /stream-lines/N}: a chunked text body of N lines. */
    static final String LINE = "streamed text, not held in memory: é € 😀";

    private final HttpServer server;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private TestHttpbin(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static TestHttpbin plain() {
        return on(InetAddress.getLoopbackAddress());
    }

    static TestHttpbin on(InetAddress address) {
        try {
            return new TestHttpbin(HttpServer.create(new InetSocketAddress(address, 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestHttpbin tls(SSLContext context) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            return new TestHttpbin(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        String host = server.getAddress().getAddress() instanceof Inet6Address ? "[::1]" : "127.0.0.1";
        return scheme + "://" + host + ":" + port() + path;
    }

    /** Where the server sends {@code text} encoded in {@code charset}, with that charset in its Content-Type. */
    String textIn(String charset, String text) {
        return url("/charset/" + charset + "?" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    /** The bytes {@code /bytes/N} sends. */
    static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        return bytes;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        try (exchange) {
            if (path.equals("/get") || path.equals("/headers")) {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
                exchange.getResponseHeaders().add("X-Request-Method", exchange.getRequestMethod());
                if (path.equals("/headers")) {
                    exchange.getResponseHeaders().add("Set-Cookie", "first=1");
                    exchange.getResponseHeaders().add("Set-Cookie", "second=2");
                }
                send(exchange, 200, "application/json", json(exchange.getRequestMethod(), headers, ""));
            } else if (path.equals("/post")) {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
                send(exchange, 200, "application/json", json(exchange.getRequestMethod(), headers,
                        new String(requestBody, StandardCharsets.UTF_8)));
            } else if (path.startsWith("/status/")) {
                send(exchange, Integer.parseInt(path.substring("/status/".length())), "text/plain", "status body\n");
            } else if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring("/redirect/".length()));
                exchange.getResponseHeaders().add("Location", left <= 1 ? "/get" : "/redirect/" + (left - 1));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.startsWith("/redirect-to/")) {
                exchange.getResponseHeaders().add("Location",
                        "http://" + path.substring("/redirect-to/".length()) + "/get");
                exchange.sendResponseHeaders(302, -1);
            } else if (path.startsWith("/delay/")) {
                try {
                    Thread.sleep(1000L * Integer.parseInt(path.substring("/delay/".length())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/plain", "late\n");
            } else if (path.startsWith("/stream-lines/")) {
                int lines = Integer.parseInt(path.substring("/stream-lines/".length()));
                byte[] line = (LINE + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < lines; i++) {
                        out.write(line);
                    }
                }
            } else if (path.equals("/binary")) {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("readable text\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    out.write(new byte[] {0, 0x1b, '[', '2', 'J', 0x1b, ']', '0', ';', 'p', 'w', 'n', 7});
                }
            } else if (path.startsWith("/charset/")) {
                String name = path.substring("/charset/".length());
                String text = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
                byte[] body = text.getBytes(Charset.forName(name));
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=" + name);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else if (path.equals("/stall")) {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 1 << 20);
                exchange.getResponseBody().write(bytes(1 << 16));
                exchange.getResponseBody().flush();
                try {
                    stopped.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("stalled on purpose");
            } else if (path.startsWith("/bytes/")) {
                byte[] body = bytes(Integer.parseInt(path.substring("/bytes/".length())));
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else if (path.equals("/short")) {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write(new byte[10]);
                exchange.getResponseBody().flush();
                throw new IOException("cut short on purpose");
            } else {
                send(exchange, 404, "text/plain", "not found\n");
            }
        }
    }

    private static String json(String method, Map<String, String> headers, String data) {
        StringBuilder out = new StringBuilder("{\"method\": \"").append(method).append("\", \"headers\": {");
        headers.forEach((name, value) -> out.append('"').append(name).append("\": \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\", "));
        return out.append("\"end\": \"\"}, \"data\": \"").append(data.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\"}").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of(type));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
