package dev.netbasics.ftp.client;

import dev.netbasics.cli.ssl.TlsTrust;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * Explicit FTPS (AUTH TLS) whose protected data connections resume the control connection's TLS session, as vsftpd
 * ({@code require_ssl_reuse=YES}, its default), ProFTPD and FileZilla Server demand so that nobody else can take
 * over a data connection.
 *
 * <p>JSSE offers a client session for resumption only from its cache, keyed by the peer host and port of the new
 * connection; a data connection goes to another port, so it never hits. The usual workaround reflects into
 * {@code sun.security.ssl.SSLSessionContextImpl} to plant the session under the data port's key: it needs
 * {@code --add-opens}, reflection metadata for JDK internals under native-image, and since JDK 8u161 turning off
 * the extended master secret. Here there is no reflection: the data connection is a plain socket that reports the
 * control connection's port as its peer port ({@link Socket#getPort()} is what JSSE reads for a layered socket), and
 * TLS is layered over it with the control connection's host name, so the cache lookup finds the control session
 * (including TLS 1.3 tickets, which the JDK files under the same key). Bytes still flow to the real data port.
 */
final class SessionReusingFtpsClient extends FTPSClient implements DataConnectionOpener {

    private final SSLContext context;
    private final boolean verify;
    private final String[] cipherSuites;
    private final ControlGuard guard = new ControlGuard(this, text -> fireReplyReceived(0, text));
    private boolean dataProtected;

    SessionReusingFtpsClient(TlsTrust tls) {
        super(false, tls.context());
        this.context = tls.context();
        this.verify = tls.verifies();
        this.cipherSuites = CipherSuiteOrder.of(context);
        setEndpointCheckingEnabled(tls.verifies());
        setEnabledCipherSuites(cipherSuites);
    }

    @Override
    protected void _connectAction_(Reader socketIsReader) throws IOException {
        ControlGuard.sendAtOnce(_socket_);
        super._connectAction_(socketIsReader != null ? socketIsReader
                : ControlGuard.replyReader(_socket_, getControlEncoding(), getDefaultTimeout()));
    }

    /** After AUTH TLS, replies are read from the TLS socket: through a bounded reader again. */
    @Override
    protected void sslNegotiation() throws IOException {
        super.sslNegotiation();
        _controlInput_ = ControlGuard.replyReader(_socket_, getControlEncoding(), getDefaultTimeout());
    }

    @Override
    public int epsv() throws IOException {
        return guard.epsv(_socket_, super::epsv);
    }

    @Override
    public int pasv() throws IOException {
        return guard.pasv(super::pasv);
    }

    /** PBSZ 0 and PROT P; from now on data connections are TLS, resuming the control session. */
    void protectDataConnections() throws IOException {
        execPBSZ(0);
        execPROT("P");
        // execPROT installed factories that start a fresh TLS session; ours hand back plain sockets to layer over
        new DataSockets() {
            @Override
            Socket socket() throws IOException {
                Socket socket = new DataSocket();
                ControlGuard.sendAtOnce(socket);
                return socket;
            }

            @Override
            ServerSocket serverSocket() throws IOException {
                // active mode: the server connects to us, and we are still the TLS client of that connection
                return new DataServerSocket();
            }
        }.install(this);
        dataProtected = true;
    }

    @Override
    public Socket openDataConnection(String command, String argument) throws IOException {
        return _openDataConnection_(command, argument);
    }

    @Override
    protected Socket _openDataConnection_(String command, String arg) throws IOException {
        Socket socket = super._openDataConnection_(command, arg);
        if (!dataProtected || socket == null) {
            return socket;
        }
        if (!(socket instanceof DataSocket plain)) {
            // never a clear-text data connection after PROT P
            socket.close();
            throw new IllegalStateException("data connection not made by the protected data socket factory");
        }
        SSLSession control = ((SSLSocket) _socket_).getSession();
        plain.reportPeerPort(control.getPeerPort());
        SSLSocket tls;
        try {
            tls = (SSLSocket) context.getSocketFactory().createSocket(plain, control.getPeerHost(),
                    control.getPeerPort(), true);
            tls.setUseClientMode(true);
            if (verify) {
                // the same identification as the control connection, or JSSE will not resume its session
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
            }
            tls.setEnabledProtocols(((SSLSocket) _socket_).getEnabledProtocols());
            tls.setEnabledCipherSuites(cipherSuites);
            tls.startHandshake();
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
        return tls;
    }

    /**
     * A plain data socket that, once told, reports the control connection's port as its peer port, and whose input
     * is buffered: JSSE reads each TLS record with two reads of exactly its header and its body (16 KiB), which from
     * the socket itself would be two system calls per record; through {@link #RECEIVE_BUFFER} bytes of buffer one
     * system call takes whatever the kernel holds, many records at once.
     */
    private static final class DataSocket extends Socket {

        private static final int RECEIVE_BUFFER = 256 * 1024;

        private volatile int reportedPeerPort = -1;
        private InputStream input;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new BufferedInputStream(super.getInputStream(), RECEIVE_BUFFER);
            }
            return input;
        }

        void reportPeerPort(int port) {
            reportedPeerPort = port;
        }

        @Override
        public int getPort() {
            int reported = reportedPeerPort;
            return reported > 0 ? reported : super.getPort();
        }
    }

    private static final class DataServerSocket extends ServerSocket {

        DataServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            DataSocket socket = new DataSocket();
            implAccept(socket);
            ControlGuard.sendAtOnce(socket);
            return socket;
        }
    }
}
