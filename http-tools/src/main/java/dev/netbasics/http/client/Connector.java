package dev.netbasics.http.client;

import dev.netbasics.cli.TerminalText;
import dev.netbasics.cli.ssl.TlsTrust;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import java.util.List;

/** The book's make_connection.py: open the connection (TCP, then TLS for https) and say what it reached. */
public final class Connector {

    private Connector() {
    }

    /** {@code uri} is an http or https URL with a host, as {@link TargetUrl#parse} returns. */
    public static List<String> connect(URI uri, Duration timeout, TlsTrust tls) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = TargetUrl.port(uri);
        long start = System.nanoTime();
        InetAddress address;
        try {
            address = InetAddress.getByName(uri.getHost());
        } catch (IOException e) {
            throw HttpExchange.failure(uri, e);
        }
        // Direct, as make_connection.py's: what it reports is the server's address, not a proxy's.
        try (Socket socket = new Socket(Proxy.NO_PROXY)) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            String connected = "Connected to " + uri.getHost() + " (" + address.getHostAddress() + ") port " + port;
            if (!scheme.equals("https")) {
                return List.of(connected, elapsed(start));
            }
            socket.setSoTimeout((int) timeout.toMillis());
            try (SSLSocket ssl = (SSLSocket) tls.context().getSocketFactory()
                    .createSocket(socket, uri.getHost(), port, true)) {
                SSLParameters parameters = ssl.getSSLParameters();
                if (tls.verifies()) {
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                }
                parameters.setServerNames(List.of(new SNIHostName(uri.getHost())));
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                SSLSession session = ssl.getSession();
                return List.of(connected, "TLS: " + session.getProtocol() + ", " + session.getCipherSuite()
                        + ", certificate for " + TerminalText.escapeControls(session.getPeerPrincipal().getName()),
                        elapsed(start));
            }
        } catch (IOException e) {
            throw HttpExchange.failure(uri, e);
        }
    }

    /** One decimal by hand: String.format's first %f costs tens of milliseconds (Formatter, locale data). */
    private static String elapsed(long start) {
        long tenths = Math.round((System.nanoTime() - start) / 100_000.0);
        return "Time: " + tenths / 10 + "." + tenths % 10 + " ms";
    }
}
