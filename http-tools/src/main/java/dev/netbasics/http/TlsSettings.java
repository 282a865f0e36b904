package dev.netbasics.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust to use: the JDK's default, a private CA from {@code --cacert}, or none at all with {@code -k}.
 * The context is built on first use: loading the JDK's CA store costs start-up time a plain-http request
 * should not pay.
 */
final class TlsSettings {

    private final Path caCertificates;
    private final boolean insecure;
    private SSLContext context;

    private TlsSettings(Path caCertificates, boolean insecure) {
        this.caCertificates = caCertificates;
        this.insecure = insecure;
    }

    static TlsSettings of(Path caCertificates, boolean insecure) {
        if (caCertificates != null && !Files.isReadable(caCertificates)) {
            throw new HttpToolsException(HttpToolsException.USAGE, "cannot read --cacert " + caCertificates);
        }
        return new TlsSettings(caCertificates, insecure);
    }

    SSLContext context() {
        if (context == null) {
            context = newContext(caCertificates, insecure);
        }
        return context;
    }

    private static SSLContext newContext(Path caCertificates, boolean insecure) {
        try {
            if (insecure) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new TrustEverything()}, null);
                return context;
            }
            if (caCertificates == null) {
                return SSLContext.getDefault();
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            try (InputStream in = Files.newInputStream(caCertificates)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    trusted.setCertificateEntry("ca-" + index++, certificate);
                }
            }
            if (index == 0) {
                throw new HttpToolsException(HttpToolsException.USAGE, "no certificate in " + caCertificates);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new HttpToolsException(HttpToolsException.USAGE, "cannot read --cacert " + caCertificates + ": "
                    + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new HttpToolsException(HttpToolsException.USAGE, "bad --cacert " + caCertificates + ": "
                    + e.getMessage());
        }
    }

    boolean insecure() {
        return insecure;
    }

    /** Only ever installed by an explicit {@code -k/--insecure}. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // -k: accept
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // -k: accept
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
