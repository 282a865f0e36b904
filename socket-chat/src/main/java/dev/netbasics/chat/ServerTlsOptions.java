package dev.netbasics.chat;

import dev.netbasics.cli.ssl.ServerCertificateChoice;
import dev.netbasics.cli.ssl.ServerIdentity;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The server's TLS, as {@code ncat -l --ssl} has it: a certificate of its own making, or one from PEM files. */
final class ServerTlsOptions {

    @Option(names = {"--tls", "--ssl"},
            description = "TLS 1.3 or 1.2 on every connection, with a self-signed certificate made at start for the"
                    + " address, localhost and this host's name (its SHA-256 fingerprint is printed on standard"
                    + " error), unless --tls-cert gives one.")
    boolean tls;

    @Option(names = {"--tls-cert", "--ssl-cert"}, paramLabel = "FILE",
            description = "The server's certificate chain in PEM, its own first (RSA or EC); implies --tls.")
    Path certificate;

    @Option(names = {"--tls-key", "--ssl-key"}, paramLabel = "FILE",
            description = "Its private key in PEM (PKCS#8, PKCS#1 or SEC1, not encrypted); default: a key in the"
                    + " --tls-cert file.")
    Path key;

    @Option(names = "--tls-save-cert", paramLabel = "FILE",
            description = "Write the server's certificate to FILE (PEM), for a client's --cacert.")
    Path saveCertificate;

    boolean enabled() {
        return choice().enabled();
    }

    /** A usage problem of these options, or null. */
    String problem(TransportOptions transport) {
        String problem = choice().problem();
        if (problem == null && enabled() && (transport.udp || transport.unix != null)) {
            return "--tls needs TCP: not with --udp (DTLS is not supported) or --unix";
        }
        return problem;
    }

    /** The certificate from the files, or a new one for the address the server binds; saved if asked. */
    ServerIdentity identity(TransportOptions transport, SocketAddress address) {
        String given = transport.host();
        return choice().identity(((InetSocketAddress) address).getAddress(),
                given != null && !isAddressLiteral(given) ? List.of(given) : List.of());
    }

    /** The line told on standard error before the server listens. */
    String announcement(ServerIdentity identity) {
        return choice().announcement(identity);
    }

    private ServerCertificateChoice choice() {
        return new ServerCertificateChoice(tls, certificate, key, saveCertificate);
    }

    /** An IPv6 literal has colons, an IPv4 one only digits and dots: neither is a DNS name. */
    private static boolean isAddressLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
