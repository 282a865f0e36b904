package dev.netbasics.ftp;

import dev.netbasics.cli.ssl.TlsTrust;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Everything needed to open a session.
 *
 * @param tls   FTPS trust, or {@code null} for plain FTP
 * @param trace where {@code --verbose} prints the protocol trace, or {@code null}
 */
record SessionSettings(FtpTarget target, Credentials credentials, Duration timeout, boolean active, TlsTrust tls,
        PrintWriter trace) {
}
