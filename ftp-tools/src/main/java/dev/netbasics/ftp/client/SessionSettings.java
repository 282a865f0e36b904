package dev.netbasics.ftp.client;

import dev.netbasics.cli.ssl.TlsTrust;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Everything needed to open a session.
 *
 * @param directory where to change to after logging in, or {@code null} to stay in the login directory
 * @param tls       FTPS trust, or {@code null} for plain FTP
 * @param epsv      passive mode tries EPSV first on IPv4 ({@code --no-epsv}: PASV only; IPv6 has EPSV only)
 * @param trace     where {@code --verbose} prints the protocol trace, or {@code null}
 */
public record SessionSettings(FtpTarget target, Credentials credentials, String directory, Duration timeout,
        boolean active, boolean epsv, TlsTrust tls, PrintWriter trace) {
}
