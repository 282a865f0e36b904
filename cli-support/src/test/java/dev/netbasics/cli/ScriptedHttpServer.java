package dev.netbasics.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A hostile or broken HTTP server on loopback for both HTTP clients' tests: for each path it sends exactly the
 * bytes a test scripted, whatever the request, then closes the connection (or stalls, for timeouts). It records
 * every request head it received, so a test can check what the client sent (credentials on a redirect, say).
 */
public final class ScriptedHttpServer implements AutoCloseable {

    /** What the server does on a connection, after reading the request head. */
    @FunctionalInterface
    public interface Script {
        void answer(OutputStream out, ScriptedHttpServer server) throws IOException, InterruptedException;
    }

    private static final int MAX_HEAD = 64 * 1024;
    private static final long STALL_SECONDS = 60;

    private final ServerSocket listener;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private ScriptedHttpServer(ServerSocket listener) {
        this.listener = listener;
        Thread.ofPlatform().daemon().name("scripted-http-accept").start(this::acceptLoop);
    }

    public static ScriptedHttpServer start() {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new ScriptedHttpServer(listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer to requests for the path (without query): these bytes, then the connection closes. */
    public ScriptedHttpServer answer(String path, byte[] answer) {
        return answer(path, (out, server) -> out.write(answer));
    }

    /** The answer as text whose characters are bytes (ISO-8859-1): "\r\n" where the script wants CRLF. */
    public ScriptedHttpServer answer(String path, String latin1) {
        return answer(path, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    public ScriptedHttpServer answer(String path, Script script) {
        scripts.put(path, script);
        return this;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The request heads received so far, in order, as ISO-8859-1 text with their CRLFs. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** For a script that stalls: returns when the server is closed (or after a minute). */
    public void stall() throws InterruptedException {
        closed.await(STALL_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            listener.close();
            for (Socket connection : connections) {
                connection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                connections.add(connection);
                Thread.ofPlatform().daemon().name("scripted-http").start(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            String head = readHead(connection.getInputStream());
            if (head.isEmpty()) {
                return;
            }
            requests.add(head);
            Script script = scripts.get(path(head));
            OutputStream out = connection.getOutputStream();
            if (script == null) {
                out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                script.answer(out, this);
            }
            out.flush();
            connection.shutdownOutput();
            // let the client read everything before the close: a close with unread input would reset the connection
            connection.setSoTimeout(2000);
            connection.getInputStream().skip(Long.MAX_VALUE);
        } catch (IOException e) {
            // the client went away: its side of the test reports what it saw
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request head, up to its empty line; a body (the client's POST) is not read. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4 && head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            state = b == '\n' ? (state >= 2 ? 4 : 2) : b == '\r' ? (state == 2 ? 3 : 1) : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The request target's path: after the scheme and host in absolute form (a proxy's), before the query. */
    private static String path(String head) {
        String[] words = head.lines().findFirst().orElse("").split(" ");
        String target = words.length > 1 ? words[1] : "/";
        int scheme = target.indexOf("://");
        if (scheme >= 0) {
            int slash = target.indexOf('/', scheme + 3);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
