/**
 * The FTP client, what Python's {@code ftplib} is to the book's scripts, on Apache Commons Net: a logged-in
 * session ({@code FTP}), explicit FTPS whose data connections resume the control session ({@code FTP_TLS}, which
 * vsftpd's default would refuse), safe downloads and uploads, listings, credentials from the environment, a
 * prompt or a netrc file (Python's {@code netrc}), and server text made safe to print; failures are
 * {@link dev.netbasics.ftp.client.FtpToolsException}s with ftp-tools' exit codes.
 */
package dev.netbasics.ftp.client;
