package dev.netbasics.url;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** Whom https trusts: the JDK's CA store, or only the CAs of a {@code --cacert} PEM file (urllib's cafile). */
final class TlsTrust {

    private final Path caCertificates;
    private SSLSocketFactory socketFactory;

    private TlsTrust(Path caCertificates) {
        this.caCertificates = caCertificates;
    }

    static TlsTrust jdkDefault() {
        return new TlsTrust(null);
    }

    static TlsTrust of(Path caCertificates) {
        return caCertificates == null ? jdkDefault() : new TlsTrust(caCertificates);
    }

    /** Built on first use, so plain-http and file requests never pay for loading trust material. */
    SSLSocketFactory socketFactory() {
        if (socketFactory == null) {
            socketFactory = caCertificates == null ? defaultFactory() : privateCaFactory();
        }
        return socketFactory;
    }

    private static SSLSocketFactory defaultFactory() {
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw UrlToolsException.urlError("[SSL] " + e.getMessage());
        }
    }

    private SSLSocketFactory privateCaFactory() {
        try (InputStream in = Files.newInputStream(caCertificates)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int count = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + count++, certificate);
            }
            if (count == 0) {
                throw new UrlToolsException(UrlToolsException.USAGE, "no certificate in " + caCertificates);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException e) {
            throw new UrlToolsException(UrlToolsException.USAGE,
                    "cannot read --cacert " + caCertificates + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new UrlToolsException(UrlToolsException.USAGE,
                    "bad --cacert " + caCertificates + ": " + e.getMessage());
        }
    }
}
