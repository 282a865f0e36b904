package dev.netbasics.chat.socket;

import dev.netbasics.cli.ssl.ServerIdentity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * What a connected or accepted socket goes through before the chat: nothing, or a TLS handshake (TLS 1.3 or 1.2)
 * as the client, verifying the server's certificate and host name unless told not to, or as the server. The
 * handshake runs on the calling thread, within the conversation's timeout, like any other wait for the peer.
 */
public final class ConnectionSetup {

    /** Plain sockets. */
    public static final ConnectionSetup PLAIN = new ConnectionSetup(null, false, null, false);

    private final SSLContext context;
    private final boolean clientMode;
    private final String serverName;
    private final boolean verifyName;

    private ConnectionSetup(SSLContext context, boolean clientMode, String serverName, boolean verifyName) {
        this.context = context;
        this.clientMode = clientMode;
        this.serverName = serverName;
        this.verifyName = verifyName;
    }

    /**
     * The client's side: the server is checked against {@code serverName} (as HTTPS does, RFC 9110 4.3.4) when
     * {@code verifyName}; the name is also sent as SNI, unless it is an address or has no dot (the JDK's rule).
     */
    public static ConnectionSetup tlsClient(SSLContext context, String serverName, boolean verifyName) {
        return new ConnectionSetup(context, true, serverName, verifyName);
    }

    public static ConnectionSetup tlsServer(SSLContext context) {
        return new ConnectionSetup(context, false, null, false);
    }

    public boolean isTls() {
        return context != null;
    }

    /**
     * The connection, after the handshake when TLS; a handshake that takes longer than {@code timeout} (zero: no
     * limit) ends in a {@link SocketTimeoutException}, a failed one in the JDK's {@code SSLException}.
     */
    public Connection open(SocketChannel channel, Duration timeout) throws IOException {
        if (context == null) {
            return Connection.plain(channel);
        }
        SSLSocket session;
        if (clientMode) {
            int port = ((InetSocketAddress) channel.getRemoteAddress()).getPort();
            session = (SSLSocket) context.getSocketFactory().createSocket(channel.socket(), serverName, port, true);
        } else {
            session = (SSLSocket) context.getSocketFactory().createSocket(channel.socket(), null, true);
            session.setUseClientMode(false);
        }
        SSLParameters parameters = session.getSSLParameters();
        parameters.setProtocols(ServerIdentity.PROTOCOLS.toArray(String[]::new));
        if (clientMode && verifyName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        session.setSSLParameters(parameters);
        try (Deadline deadline = Deadline.after(timeout, channel)) {
            try {
                session.startHandshake();
            } catch (IOException e) {
                StreamEndpoint.closeQuietly(channel);
                if (deadline.expired()) {
                    throw new SocketTimeoutException("no TLS handshake within " + timeout.toSeconds() + " s");
                }
                throw e;
            }
        }
        return Connection.tls(channel, session);
    }
}
