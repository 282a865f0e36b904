package dev.netbasics.cli.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.net.AddressText;
import dev.netbasics.cli.ssl.TlsTrust;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 over a socket of its own, one exchange per connection: connect (each address of the host in turn, with
 * a time limit), through an HTTP proxy if one is given (a CONNECT tunnel for https), TLS with the host name checked
 * unless {@code -k}, the request as given, then the answer read by {@link HeadReader} and framed by
 * {@link BodyFraming}. Interim (1xx) answers are skipped in a loop, at most {@value #MAX_INTERIM_ANSWERS} of them.
 */
public final class Http1Client {

    /** Interim answers skipped before the final one; a server sending more is flooding the client. */
    public static final int MAX_INTERIM_ANSWERS = 100;

    private static final int BUFFER = 64 * 1024;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final TlsTrust tls;
    private final WireTrace trace;

    /**
     * @param connectTimeout the limit for connecting (and the TLS handshake); zero for none
     * @param readTimeout the longest wait for a byte of the answer; zero for none
     * @param totalTimeout the limit of the whole exchange, body included; zero for none
     */
    public Http1Client(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, TlsTrust tls,
            WireTrace trace) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.totalTimeout = totalTimeout;
        this.tls = tls;
        this.trace = trace;
    }

    /** Sends the request (through the proxy, {@link Proxy#NO_PROXY} for none) and returns the final answer. */
    public Http1Response exchange(Http1Request request, Proxy proxy) throws IOException {
        long deadline = totalTimeout.isZero() ? 0 : System.nanoTime() + totalTimeout.toNanos();
        URI uri = request.uri();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean viaProxy = proxy.type() == Proxy.Type.HTTP;
        Socket socket = open(uri, proxy, https, deadline);
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
            writeRequest(out, request, viaProxy && !https);
            InputStream in = new BufferedInputStream(new TimedInput(socket, socket.getInputStream(),
                    readTimeout.toMillis(), deadline), BUFFER);
            HeadReader.Head head = finalHead(new HeadReader(in), https);
            InputStream body = BodyFraming.body(request.method(), head, in);
            return new Http1Response(head.version(), head.status(), head.reason(), head.fields(),
                    new ClosingSocket(body, socket));
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private HeadReader.Head finalHead(HeadReader reader, boolean https) throws IOException {
        for (int interim = 0; ; interim++) {
            HeadReader.Head head;
            try {
                head = reader.read(trace);
            } catch (SocketException e) {
                if (!https && interim == 0 && String.valueOf(e.getMessage()).contains("reset")) {
                    throw new HttpPeerException(ExitCode.FAILURE, "the server reset the connection before"
                            + " answering: is this a TLS port (an https:// URL)?", e);
                }
                throw e;
            }
            if (head.status() >= 200) {
                return head;
            }
            if (head.status() == 101) {
                throw HeadReader.protocol("the server switched protocols (101) though no upgrade was asked for");
            }
            if (interim == MAX_INTERIM_ANSWERS) {
                throw new HttpPeerException(ExitCode.FAILURE, "the server sent more than " + MAX_INTERIM_ANSWERS
                        + " interim (1xx) answers before its final one");
            }
        }
    }

    private void writeRequest(OutputStream out, Http1Request request, boolean absoluteForm) throws IOException {
        URI uri = request.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = (absoluteForm ? uri.getScheme().toLowerCase(Locale.ROOT) + "://" + hostField(uri) : "")
                + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder();
        line(head, request.method() + " " + target + " HTTP/1.1");
        line(head, "Host: " + hostField(uri));
        for (HttpField field : request.fields()) {
            line(head, field.name() + ": " + field.value());
        }
        if (request.body() != null) {
            line(head, "Content-Length: " + request.body().length);
        }
        head.append("\r\n");
        trace.sent("");
        out.write(ascii(head.toString()));
        if (request.body() != null) {
            out.write(request.body());
        }
        out.flush();
    }

    /**
     * One line of a request head. Only ASCII without controls (tab aside) goes out: whatever could end the line
     * and start another was refused before, as the user's input; this is the guard behind that.
     */
    private void line(StringBuilder head, String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x7f || c < 0x20 && c != '\t') {
                throw new IllegalArgumentException("a request head may hold only ASCII text without controls");
            }
        }
        trace.sent(line);
        head.append(line).append("\r\n");
    }

    private static byte[] ascii(String head) {
        return head.getBytes(StandardCharsets.US_ASCII);
    }

    /** The Host field (RFC 9112 §3.2): the host as in the URI, brackets of an IPv6 literal kept, and a port not the default. */
    static String hostField(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port < 0 || port == defaultPort(uri);
        return uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private Socket open(URI uri, Proxy proxy, boolean https, long deadline) throws IOException {
        String host = unbracketed(uri.getHost());
        int port = uri.getPort() < 0 ? defaultPort(uri) : uri.getPort();
        if (proxy.type() != Proxy.Type.HTTP) {
            Socket socket = connect(host, port);
            return https ? handshake(socket, host, port, deadline) : socket;
        }
        InetSocketAddress proxyAddress = (InetSocketAddress) proxy.address();
        Socket socket = connect(proxyAddress.getHostString(), proxyAddress.getPort());
        if (!https) {
            return socket;
        }
        try {
            tunnel(socket, uri, host, port, deadline);
            return handshake(socket, host, port, deadline);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Each address of the host in turn, as curl and Python's create_connection try them; the last failure counts. */
    private Socket connect(String host, int port) throws IOException {
        IOException last = null;
        for (InetAddress address : InetAddress.getAllByName(host)) {
            Socket socket = new Socket(Proxy.NO_PROXY);
            try {
                socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
                socket.setTcpNoDelay(true);
                trace.info("Connected to " + host + " (" + AddressText.of(address) + ") port " + port);
                return socket;
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last;
    }

    private void tunnel(Socket socket, URI uri, String host, int port, long deadline) throws IOException {
        String authority = uri.getHost() + ":" + port;
        StringBuilder head = new StringBuilder();
        line(head, "CONNECT " + authority + " HTTP/1.1");
        line(head, "Host: " + authority);
        head.append("\r\n");
        trace.sent("");
        OutputStream out = socket.getOutputStream();
        out.write(ascii(head.toString()));
        out.flush();
        // unbuffered: not one byte of the TLS that follows may be read into a buffer here
        HeadReader.Head answer = new HeadReader(new TimedInput(socket, socket.getInputStream(),
                readTimeout.toMillis(), deadline)).read(trace);
        if (answer.status() / 100 != 2) {
            throw new HttpPeerException(ExitCode.FAILURE, "the proxy refused the tunnel to " + authority + ": "
                    + answer.status() + " " + answer.reason());
        }
    }

    private Socket handshake(Socket socket, String host, int port, long deadline) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.context().getSocketFactory().createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        if (tls.verifies()) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        parameters.setApplicationProtocols(new String[] {"http/1.1"});
        ssl.setSSLParameters(parameters);
        long limit = connectTimeout.toMillis();
        if (deadline != 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("the exchange took longer than its time limit");
            }
            limit = limit == 0 ? left : Math.min(limit, left);
        }
        ssl.setSoTimeout((int) Math.min(Integer.MAX_VALUE, limit));
        ssl.startHandshake();
        trace.info("TLS: " + ssl.getSession().getProtocol() + ", " + ssl.getSession().getCipherSuite());
        return ssl;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The body, whose end, read or not, ends the connection. */
    private static final class ClosingSocket extends FilterInputStream {

        private final Socket socket;

        ClosingSocket(InputStream body, Socket socket) {
            super(body);
            this.socket = socket;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
