package dev.netbasics.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * nginx as a real plain-HTTP server on loopback, in the foreground under a configuration of its own, for a client
 * test that needs a server of the world rather than one of ours (TLS sent to a plain port, say). Debian's nginx;
 * a missing one is a missing peer ({@link Prerequisites}).
 */
public final class NginxPeer implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private NginxPeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** nginx serving {@code root} on 127.0.0.1; {@code work} holds its configuration, pid and temporary files. */
    public static NginxPeer serve(Path root, Path work) {
        Prerequisites.requireExecutable(NGINX, "nginx");
        try {
            int port = freePort();
            Path config = Files.writeString(work.resolve("nginx.conf"), """
                    worker_processes 1; daemon off; pid %1$s/nginx.pid; error_log %1$s/error.log;
                    events { worker_connections 64; }
                    http {
                        access_log off; client_body_temp_path %1$s; proxy_temp_path %1$s;
                        fastcgi_temp_path %1$s; uwsgi_temp_path %1$s; scgi_temp_path %1$s;
                        server { listen 127.0.0.1:%2$d; root %3$s; }
                    }
                    """.formatted(work.toAbsolutePath(), port, root.toAbsolutePath()));
            Process process = new ProcessBuilder(NGINX.toString(), "-c", config.toString(), "-p", work.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
            NginxPeer peer = new NginxPeer(process, port);
            peer.awaitListening(work);
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    private void awaitListening(Path work) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
        close();
        throw new AssertionError("nginx did not listen on " + port + ": "
                + Files.readString(work.resolve("nginx.out")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
