package dev.netbasics.ftp;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ssl.TrustOptions;
import dev.netbasics.ftp.client.Credentials;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpTarget;
import dev.netbasics.ftp.client.FtpToolsException;
import dev.netbasics.ftp.client.SessionSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** HOST and the options every command shares: where, who, how long, and how (passive/active, plain/FTPS). */
final class ConnectionOptions {

    static final String DEFAULT_TIMEOUT_SECONDS = "30";
    static final String NETRC_FILE = ".netrc";

    @Parameters(index = "0", paramLabel = "HOST",
            description = "Server: HOST, HOST:PORT, [IPv6]:PORT (::1 works too), or ftp://[user@]host[:port][/path].")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "Control port (default: the one in HOST, else 21).")
    Integer port;

    @Option(names = {"-u", "--user"}, paramLabel = "USER",
            description = "User name (default: anonymous); no password here: FTP_PASSWORD, --netrc or the prompt.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password (visible to other users: prefer FTP_PASSWORD, --netrc or the prompt).")
    String password;

    @Option(names = "--netrc", description = "Take the user and password for HOST from $HOME/.netrc.")
    boolean netrc;

    @Option(names = "--netrc-file", paramLabel = "FILE", description = "Take them from this netrc file.")
    Path netrcFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT_SECONDS,
            description = "Connect, reply and data timeout (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--active", description = "Active mode (PORT/EPRT): the server connects back to us.")
    boolean active;

    @Option(names = "--epsv", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Passive mode tries EPSV first, PASV when it is refused or unanswered for 2 s (default);"
                    + " --no-epsv sends PASV only (IPv4).")
    boolean epsv;

    @Option(names = "--tls", description = "Explicit FTPS: AUTH TLS, PBSZ 0, PROT P; the certificate is verified"
            + " (--cacert and -k apply to it).")
    boolean tls;

    @Mixin
    TrustOptions trust;

    private FtpTarget target;

    /** Connects and logs in, staying in the login directory. */
    FtpSession open(FtpToolsCommand top) throws IOException {
        return FtpSession.open(settings(top, false, null));
    }

    /** Connects, logs in and changes to the directory given, else to the URL's path when it has one. */
    FtpSession openIn(String directory, FtpToolsCommand top) throws IOException {
        return FtpSession.open(settings(top, true, directory));
    }

    /** The directory given, else the URL's path, else {@code null}. */
    String remoteDirectory(String directory) {
        return directory != null ? directory : target().path();
    }

    /** {@code $HOME}, where curl and Python's netrc look, else the account's home directory. */
    private static Path home(FtpToolsCommand top) {
        String home = top.environment().get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
    }

    private FtpTarget target() {
        if (target == null) {
            target = FtpTarget.parse(host, port, user);
        }
        return target;
    }

    private SessionSettings settings(FtpToolsCommand top, boolean changeDirectory, String directory) {
        if (!(timeoutSeconds > 0) || timeoutSeconds > Integer.MAX_VALUE / 1000.0) {
            throw new FtpToolsException(ExitCode.USAGE, "--timeout must be a positive number of seconds");
        }
        if (user != null && user.indexOf(':') >= 0) {
            throw new FtpToolsException(ExitCode.USAGE, "-u takes the user name only, not USER:PASSWORD (the password"
                    + " would go to the server as part of the name): set " + Credentials.PASSWORD_VARIABLE
                    + ", use --netrc, or type it at the prompt");
        }
        if (!tls && trust.given()) {
            throw new FtpToolsException(ExitCode.USAGE, "--cacert and --insecure need --tls");
        }
        Path netrcPath = netrcFile != null ? netrcFile : netrc ? home(top).resolve(NETRC_FILE) : null;
        Credentials credentials = Credentials.resolve(target(), password, netrcPath, top.environment(),
                top.console(), top.err());
        return new SessionSettings(target(), credentials, changeDirectory ? remoteDirectory(directory) : null,
                Duration.ofMillis((long) (timeoutSeconds * 1000)), active,
                epsv, tls ? trust.trust() : null, top.verbose ? top.err() : null);
    }
}
