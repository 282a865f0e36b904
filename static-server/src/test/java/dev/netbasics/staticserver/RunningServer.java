package dev.netbasics.staticserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link FileServer} on 127.0.0.1 port 0 for one test, with raw-socket helpers. */
final class RunningServer implements AutoCloseable {

    final FileServer server;
    final int port;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Thread thread;

    RunningServer(Path root, String protocol, boolean cors, boolean listing, boolean quiet, boolean hideDotfiles,
            Duration timeout) throws Exception {
        ServerConfig config = new ServerConfig(root.toRealPath(), InetAddress.getLoopbackAddress(), 0, protocol, cors,
                listing, quiet, hideDotfiles, 100, timeout);
        server = new FileServer(config, new PrintWriter(out, true), new PrintWriter(err, true));
        thread = Thread.ofPlatform().name("test-server").start(() -> {
            try {
                server.run();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        port = server.awaitPort(Duration.ofSeconds(10));
    }

    static RunningServer of(Path root) throws Exception {
        return new RunningServer(root, ServerConfig.HTTP_1_1, false, true, false, false, Duration.ofSeconds(30));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends raw bytes on a new connection and reads one response. */
    Response exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return Response.read(socket.getInputStream(), request.startsWith("HEAD "));
        }
    }

    String log() throws InterruptedException {
        Thread.sleep(300);
        return err.toString();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        thread.join(15_000);
    }

    /** One HTTP/1.x response read from a stream. */
    record Response(String statusLine, Map<String, String> headers, byte[] body) {

        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static Response read(InputStream in, boolean head) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                return null;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String length = headers.get("content-length");
            byte[] body;
            if (head || status == 304 || status == 204) {
                body = new byte[0];
            } else if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else {
                body = in.readAllBytes();
            }
            return new Response(statusLine, headers, body);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
