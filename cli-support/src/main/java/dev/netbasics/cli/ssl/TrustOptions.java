package dev.netbasics.cli.ssl;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * curl's {@code --cacert} and {@code -k}, for every command that speaks TLS ({@code @Mixin}). Public, as the
 * build-time command model sets the fields from the tool's package.
 */
public final class TrustOptions {

    @Option(names = "--cacert", paramLabel = "FILE", description = "Trust the CA certificates in this PEM file.")
    public Path caCertificates;

    @Option(names = {"-k", "--insecure"}, description = "Do not verify the server's TLS certificate (unsafe).")
    public boolean insecure;

    /** Whether either option was given, for a tool where they only make sense with TLS asked for. */
    public boolean given() {
        return caCertificates != null || insecure;
    }

    public TlsTrust trust() {
        return TlsTrust.of(caCertificates, insecure);
    }
}
