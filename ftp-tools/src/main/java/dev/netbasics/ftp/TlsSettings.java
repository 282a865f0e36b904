package dev.netbasics.ftp;

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

/** The trust for FTPS: the JDK's CA store, a private CA from {@code --cacert}, or none at all with {@code --insecure}. */
record TlsSettings(SSLContext context, boolean verify) {

    static TlsSettings of(Path caCertificates, boolean insecure) {
        try {
            if (insecure) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new TrustEverything()}, null);
                return new TlsSettings(context, false);
            }
            if (caCertificates == null) {
                return new TlsSettings(SSLContext.getDefault(), true);
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int count = 0;
            try (InputStream in = Files.newInputStream(caCertificates)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    trusted.setCertificateEntry("ca-" + count++, certificate);
                }
            }
            if (count == 0) {
                throw new FtpToolsException(FtpToolsException.USAGE, "no certificate in " + caCertificates);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return new TlsSettings(context, true);
        } catch (IOException e) {
            throw new FtpToolsException(FtpToolsException.USAGE, "cannot read --cacert " + caCertificates + ": "
                    + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new FtpToolsException(FtpToolsException.USAGE, "bad --cacert " + caCertificates + ": "
                    + e.getMessage());
        }
    }

    /** Only ever installed by an explicit {@code --insecure}. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // --insecure: accept
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // --insecure: accept
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
