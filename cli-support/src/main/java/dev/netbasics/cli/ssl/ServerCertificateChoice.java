package dev.netbasics.cli.ssl;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * What a server's TLS options ask for ({@code --tls}, {@code --tls-cert}, {@code --tls-key}, {@code --tls-save-cert};
 * each tool declares them, with its own aliases and words): their usage rules, the certificate they choose and the
 * line that announces it, kept in one place so that every server tool answers alike.
 *
 * @param tls             {@code --tls}: a self-signed certificate made at start, unless a certificate file is given
 * @param certificate     {@code --tls-cert}, or null
 * @param key             {@code --tls-key}, or null (the key is then in the certificate file)
 * @param saveCertificate {@code --tls-save-cert}, or null
 */
public record ServerCertificateChoice(boolean tls, Path certificate, Path key, Path saveCertificate) {

    /** Whether the server speaks TLS: asked for, or implied by a certificate file. */
    public boolean enabled() {
        return tls || certificate != null;
    }

    /** A usage problem of these options, or null. */
    public String problem() {
        if (key != null && certificate == null) {
            return "--tls-key needs --tls-cert";
        }
        if (saveCertificate != null && !enabled()) {
            return "--tls-save-cert needs --tls or --tls-cert";
        }
        return null;
    }

    /**
     * The certificate from the files, or a new self-signed one for the address the server binds (and
     * {@code moreNames}); written to {@code saveCertificate} when that is given.
     */
    public ServerIdentity identity(InetAddress bound, List<String> moreNames) {
        ServerIdentity identity = certificate != null ? ServerIdentity.load(certificate, key)
                : ServerIdentity.selfSignedForServer(bound, moreNames);
        if (saveCertificate != null) {
            identity.saveCertificate(saveCertificate);
        }
        return identity;
    }

    /** The line told before the server listens: which certificate, and its SHA-256 fingerprint. */
    public String announcement(ServerIdentity identity) {
        return "TLS certificate " + (certificate == null ? "(self-signed)" : certificate) + ", SHA-256 fingerprint "
                + identity.fingerprint();
    }
}
