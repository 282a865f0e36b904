package dev.netbasics.ftp;

import dev.netbasics.cli.ssl.TlsTrust;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** HOST and the options every command shares: where, who, how long, and how (passive/active, plain/FTPS). */
final class ConnectionOptions {

    static final String DEFAULT_TIMEOUT_SECONDS = "30";
    static final String NETRC_FILE = ".netrc";

    @Parameters(index = "0", paramLabel = "HOST",
            description = "Server name or address (::1 works), or ftp://[user@]host[:port][/path].")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Control port (default: 21).")
    Integer port;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "User name (default: anonymous).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password (visible to other users: prefer FTP_PASSWORD, --netrc or the prompt).")
    String password;

    @Option(names = "--netrc", description = "Take the user and password for HOST from ~/.netrc.")
    boolean netrc;

    @Option(names = "--netrc-file", paramLabel = "FILE", description = "Take them from this netrc file.")
    Path netrcFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT_SECONDS,
            description = "Connect, reply and data timeout (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--active", description = "Active mode (PORT/EPRT): the server connects back to us.")
    boolean active;

    @Option(names = "--tls", description = "Explicit FTPS: AUTH TLS, PBSZ 0, PROT P; the certificate is verified.")
    boolean tls;

    @Option(names = "--cacert", paramLabel = "FILE", description = "With --tls: trust the CA certificates in this PEM file.")
    Path caCertificates;

    @Option(names = {"-k", "--insecure"}, description = "With --tls: do not verify the server's certificate (unsafe).")
    boolean insecure;

    private FtpTarget target;

    FtpTarget target() {
        if (target == null) {
            target = FtpTarget.parse(host, port, user);
        }
        return target;
    }

    SessionSettings settings(FtpToolsCommand top, PrintWriter err) {
        if (!(timeoutSeconds > 0) || timeoutSeconds > Integer.MAX_VALUE / 1000.0) {
            throw new FtpToolsException(FtpToolsException.USAGE, "--timeout must be a positive number of seconds");
        }
        if (!tls && (caCertificates != null || insecure)) {
            throw new FtpToolsException(FtpToolsException.USAGE, "--cacert and --insecure need --tls");
        }
        Path netrcPath = netrcFile != null ? netrcFile
                : netrc ? Path.of(System.getProperty("user.home"), NETRC_FILE) : null;
        Credentials credentials = Credentials.resolve(target(), password, netrcPath, top.environment(),
                top.console(), err);
        return new SessionSettings(target(), credentials, Duration.ofMillis((long) (timeoutSeconds * 1000)), active,
                tls ? TlsTrust.of(caCertificates, insecure) : null, top.verbose ? err : null);
    }
}
