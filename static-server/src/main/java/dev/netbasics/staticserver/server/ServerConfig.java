package dev.netbasics.staticserver.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a {@link FileServer} needs to know, fixed at start-up.
 *
 * @param root the served directory, already a real path
 * @param bindAddress the address to listen on; {@code null} for every interface (IPv4 and IPv6)
 * @param port the TCP port; 0 picks a free one
 * @param protocol {@code HTTP/1.0} (one request per connection) or {@code HTTP/1.1} (keep-alive)
 * @param cors whether to answer with {@code Access-Control-Allow-Origin: *} and to accept preflights
 * @param listing whether directories without an index file are listed
 * @param quiet whether the per-request log lines are left out
 * @param hideDotfiles whether names starting with {@code .} are neither listed nor served
 * @param maxConnections how many connections are served at once; more wait in the accept queue
 * @param idleTimeout how long a connection may sit between requests, or take to send one
 * @param shutdownTimeout how long a stop waits for the requests and responses in progress
 * @param https the TLS of an HTTPS server, or {@code null} for plain HTTP
 * @param upload whether and how files may be uploaded
 * @param gzip whether text files are compressed on the fly for clients that accept gzip
 */
public record ServerConfig(
        Path root,
        InetAddress bindAddress,
        int port,
        String protocol,
        boolean cors,
        boolean listing,
        boolean quiet,
        boolean hideDotfiles,
        int maxConnections,
        Duration idleTimeout,
        Duration shutdownTimeout,
        HttpsSetup https,
        UploadPolicy upload,
        boolean gzip) {

    public static final int DEFAULT_PORT = 8000;
    public static final String HTTP_1_0 = "HTTP/1.0";
    public static final String HTTP_1_1 = "HTTP/1.1";
    public static final String DEFAULT_PROTOCOL = HTTP_1_1;
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final int DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 10;
    /** --gzip leaves smaller files as they are: their gzip framing (18 bytes and more) would save little or nothing. */
    public static final int GZIP_MIN_BYTES = 1024;

    /** The TLS context, or null for plain HTTP. */
    javax.net.ssl.SSLContext tls() {
        return https == null ? null : https.context();
    }

    boolean keepAliveAllowed() {
        return HTTP_1_1.equals(protocol);
    }
}
