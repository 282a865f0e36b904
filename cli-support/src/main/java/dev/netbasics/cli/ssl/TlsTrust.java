package dev.netbasics.cli.ssl;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolException;
import java.io.BufferedInputStream;
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
 * The TLS trust a tool's connections use: the JDK's CA store, the CAs of a {@code --cacert} PEM file, or none
 * at all with {@code -k/--insecure}. The context is built on first use: loading the JDK's CA store costs
 * start-up time that a plain-http request or a local file should not pay.
 */
public final class TlsTrust {

    private final Path caCertificates;
    private final boolean insecure;
    private SSLContext context;

    private TlsTrust(Path caCertificates, boolean insecure) {
        this.caCertificates = caCertificates;
        this.insecure = insecure;
    }

    /** A {@code --cacert} file that cannot be read is a usage error now, before anything is sent. */
    public static TlsTrust of(Path caCertificates, boolean insecure) {
        if (caCertificates != null && !Files.isReadable(caCertificates)) {
            throw new ToolException(ExitCode.USAGE, "cannot read --cacert " + caCertificates);
        }
        return new TlsTrust(caCertificates, insecure);
    }

    /** Whether certificates and host names are checked: everything but {@code -k}. */
    public boolean verifies() {
        return !insecure;
    }

    public SSLContext context() {
        if (context == null) {
            context = newContext();
        }
        return context;
    }

    private SSLContext newContext() {
        if (caCertificates == null || insecure) {
            try {
                return insecure ? trustingAll() : SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw new ToolException(ExitCode.FAILURE, "TLS is not available: " + e.getMessage(), e);
            }
        }
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(privateCaStore());
            SSLContext privateCa = SSLContext.getInstance("TLS");
            privateCa.init(null, factory.getTrustManagers(), null);
            return privateCa;
        } catch (IOException e) {
            throw new ToolException(ExitCode.USAGE,
                    "cannot read --cacert " + caCertificates + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new ToolException(ExitCode.USAGE, "bad --cacert " + caCertificates + ": " + e.getMessage(), e);
        }
    }

    private static SSLContext trustingAll() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustEverything()}, null);
        return context;
    }

    private KeyStore privateCaStore() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        int count = 0;
        // The certificate factory reads a PEM file a byte at a time: one system call a byte without the buffer.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(caCertificates))) {
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + count++, certificate);
            }
        }
        if (count == 0) {
            throw new ToolException(ExitCode.USAGE, "no certificate in " + caCertificates);
        }
        return trusted;
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
