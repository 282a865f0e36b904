package dev.netbasics.http;

import dev.netbasics.cli.ssl.TlsTrust;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cacert} and {@code -k}, for every command that speaks TLS. */
final class TlsOptions {

    @Option(names = "--cacert", paramLabel = "FILE", description = "Trust the CA certificates in this PEM file.")
    Path caCertificates;

    @Option(names = {"-k", "--insecure"}, description = "Do not verify the server's TLS certificate (unsafe).")
    boolean insecure;

    TlsTrust trust() {
        return TlsTrust.of(caCertificates, insecure);
    }
}
