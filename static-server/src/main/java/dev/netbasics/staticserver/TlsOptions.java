package dev.netbasics.staticserver;

import dev.netbasics.cli.ssl.ServerCertificateChoice;
import dev.netbasics.cli.ssl.ServerIdentity;
import dev.netbasics.staticserver.server.HttpsSetup;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * HTTPS, as socket-chat's server has TLS (the same options and words): a certificate of its own making, or one
 * from PEM files.
 */
final class TlsOptions {

    @Option(names = "--tls",
            description = "Serve HTTPS (TLS 1.3 or 1.2, ALPN http/1.1) with a self-signed certificate made at start"
                    + " for the address, localhost and this host's name (its SHA-256 fingerprint is printed under"
                    + " the banner), unless --tls-cert gives one.")
    boolean tls;

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "The server's certificate chain in PEM, its own first (RSA or EC); implies --tls.")
    Path certificate;

    @Option(names = "--tls-key", paramLabel = "FILE",
            description = "Its private key in PEM (PKCS#8, PKCS#1 or SEC1, not encrypted); default: a key in the"
                    + " --tls-cert file.")
    Path key;

    @Option(names = "--tls-save-cert", paramLabel = "FILE",
            description = "Write the server's certificate to FILE (PEM), for a client's --cacert.")
    Path saveCertificate;

    /** A usage problem of these options, or null. */
    String problem() {
        return choice().problem();
    }

    /** The TLS of the server binding {@code bind} (null: every address), or null without these options. */
    HttpsSetup setup(InetAddress bind) {
        ServerCertificateChoice choice = choice();
        if (!choice.enabled()) {
            return null;
        }
        ServerIdentity identity = choice.identity(bind, List.of());
        return new HttpsSetup(identity.sslContext(), choice.announcement(identity));
    }

    private ServerCertificateChoice choice() {
        return new ServerCertificateChoice(tls, certificate, key, saveCertificate);
    }
}
