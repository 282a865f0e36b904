package dev.netbasics.staticserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** A TLS client of the JDK that trusts one certificate (the server's, saved with --tls-save-cert) and checks the name. */
final class HttpsClient {

    private final SSLContext context;

    private HttpsClient(SSLContext context) {
        this.context = context;
    }

    static HttpsClient trusting(Path certificatePem) throws IOException {
        try (InputStream in = Files.newInputStream(certificatePem)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return new HttpsClient(context);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** A TLS connection to 127.0.0.1, handshake done, the certificate checked for that address (RFC 9110, 4.3.4). */
    Socket connect(int port) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }
}
