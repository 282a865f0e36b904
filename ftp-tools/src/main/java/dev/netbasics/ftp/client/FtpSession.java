package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ssl.TlsFailureText;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPCmd;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;

/**
 * One logged-in control connection, with the operations the commands need, as ftplib's {@code FTP} object offers
 * them; every failure is an {@link FtpToolsException}.
 */
public final class FtpSession implements AutoCloseable {

    /** RFC 3659's reply to SIZE: "213 SP 1*DIGIT" (at most 18 digits, the sizes a long holds). */
    private static final int SIZE_REPLY = 213;
    private static final Pattern SIZE = Pattern.compile("213 ([0-9]{1,18})\\s*");

    private final FTPClient client;
    private final DataConnectionOpener dataConnections;
    private final ControlTrace trace;
    private final SessionSettings settings;
    private boolean transfersReady;

    private <C extends FTPClient & DataConnectionOpener> FtpSession(C client, SessionSettings settings) {
        this.client = client;
        this.dataConnections = client;
        this.trace = new ControlTrace(settings.trace());
        this.settings = settings;
        client.addProtocolCommandListener(this.trace);
        client.setControlEncoding(StandardCharsets.UTF_8.name());
        int millis = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        client.setConnectTimeout(millis);
        client.setDefaultTimeout(millis);
        client.setDataTimeout(settings.timeout());
        // EPSV first (it carries only a port) unless --no-epsv, PASV when it is refused or unanswered (ControlGuard);
        // a PASV reply's address is ignored for the control connection's peer, so a server cannot point us at another
        // host (CVE-2021-4189 class)
        client.setUseEPSVwithIPv4(settings.epsv());
        client.setIpAddressFromPasvResponse(false);
        client.setRemoteVerificationEnabled(true);
    }

    /** Connects, logs in and changes to the settings' directory, if any. */
    public static FtpSession open(SessionSettings settings) throws IOException {
        FtpSession session = settings.tls() == null ? new FtpSession(new PlainFtpClient(), settings)
                : new FtpSession(new SessionReusingFtpsClient(settings.tls()), settings);
        try {
            session.connect();
            session.login();
            if (settings.directory() != null) {
                session.changeDirectory(settings.directory());
            }
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private void connect() throws IOException {
        FtpTarget target = settings.target();
        String where = target.displayHost() + " port " + target.port();
        try {
            client.connect(target.host(), target.port());
        } catch (UnknownHostException e) {
            throw new FtpToolsException(ExitCode.UNKNOWN_HOST, "unknown host " + target.displayHost(), e);
        } catch (ConnectException | NoRouteToHostException e) {
            throw new FtpToolsException(ExitCode.UNREACHABLE, "cannot connect to " + where + ": "
                    + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            throw new FtpToolsException(ExitCode.TIMEOUT, "timed out connecting to " + where, e);
        } catch (FTPConnectionClosedException e) {
            throw new FtpToolsException(ExitCode.FAILURE, "the server closed the connection: "
                    + (trace.banner().isEmpty() ? e.getMessage() : ServerText.oneLine(trace.banner())), e);
        } catch (SSLException e) {
            List<String> reply = Arrays.asList(client.getReplyStrings());
            String why = client.getReplyCode() >= 400 ? "the server refused AUTH TLS: " + ServerText.oneLine(reply)
                    : "TLS with " + where + " failed: " + TlsFailureText.describe(e);
            throw new FtpToolsException(ExitCode.TLS, why, e);
        } catch (IOException e) {
            // Commons Net words a banner's timeout its own way; the cause says why
            if (e.getCause() instanceof SocketTimeoutException timeout) {
                throw new FtpToolsException(ExitCode.TIMEOUT, "timed out waiting for the welcome from " + where
                        + ": " + timeout.getMessage(), e);
            }
            throw e;
        }
        if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
            throw new FtpToolsException(ExitCode.FAILURE, "server refused the session: "
                    + ServerText.oneLine(trace.banner()));
        }
    }

    private void login() throws IOException {
        Credentials credentials = settings.credentials();
        int code = client.user(credentials.user());
        if (code == FTPReply.NEED_PASSWORD) {
            code = client.pass(credentials.password());
        }
        if (FTPReply.isPositiveCompletion(code)) {
            return;
        }
        String reply = ServerText.oneLine(replyLines());
        if (code == FTPReply.NOT_LOGGED_IN || code == FTPReply.NEED_ACCOUNT) {
            throw new FtpToolsException(ExitCode.LOGIN, "login as " + credentials.user()
                    + " failed: " + reply);
        }
        throw fail("login as " + credentials.user());
    }

    /** The server's welcome banner, line by line, as received. */
    public List<String> welcome() {
        return trace.banner();
    }

    List<String> replyLines() {
        return Arrays.asList(client.getReplyStrings());
    }

    /** Binary mode, the data connection mode and, for FTPS, protected data connections. */
    private void prepareTransfers() throws IOException {
        if (transfersReady) {
            return;
        }
        if (!client.setFileType(FTP.BINARY_FILE_TYPE)) {
            throw fail("TYPE I");
        }
        if (client instanceof SessionReusingFtpsClient ftps) {
            try {
                ftps.protectDataConnections();
            } catch (SSLException e) {
                throw new FtpToolsException(ExitCode.TLS, "the server refused protected data"
                        + " connections: " + ServerText.oneLine(replyLines()), e);
            }
        } else if (client instanceof PlainFtpClient plain) {
            plain.useChannelsForData();
        }
        if (settings.active()) {
            client.enterLocalActiveMode();
        } else {
            client.enterLocalPassiveMode();
        }
        transfersReady = true;
    }

    /** CWD, failing with the server's reply when the directory cannot be entered. */
    void changeDirectory(String directory) throws IOException {
        if (!enterDirectory(directory)) {
            throw fail("cannot change directory to " + directory);
        }
    }

    /** CWD: whether the server entered the directory (false: no such directory, or not one). */
    boolean enterDirectory(String directory) throws IOException {
        FtpTarget.checkText(directory, "directory");
        return client.changeWorkingDirectory(directory);
    }

    /** PWD: the current directory's absolute path, to come back to after entering others. */
    String workingDirectory() throws IOException {
        String path = client.printWorkingDirectory();
        if (path == null) {
            throw fail("PWD");
        }
        return path;
    }

    /** Sends one raw command line and returns its reply, line by line; a 4xx/5xx reply is an error carrying it. */
    public List<String> command(String commandLine) throws IOException {
        FtpTarget.checkText(commandLine, "command");
        String[] verbAndArgs = commandLine.strip().split(" ", 2);
        int code = client.sendCommand(verbAndArgs[0], verbAndArgs.length > 1 ? verbAndArgs[1] : null);
        if (code >= 400) {
            throw fail(ControlTrace.masked(null, commandLine.strip()));
        }
        return replyLines();
    }

    /** NLST of the current directory, names as the server sent them. */
    public List<String> nameList() throws IOException {
        prepareTransfers();
        String[] names = client.listNames();
        if (names == null) {
            throw fail("NLST");
        }
        return List.of(names);
    }

    boolean hasMlsd() throws IOException {
        return client.hasFeature("MLST");
    }

    /** MLSD of the current directory. */
    List<FTPFile> machineList() throws IOException {
        prepareTransfers();
        FTPFile[] files = client.mlistDir();
        if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
            throw fail("MLSD");
        }
        return List.of(files);
    }

    /** LIST of the current directory, line by line as the server formats it. */
    List<String> rawList() throws IOException {
        prepareTransfers();
        client.setParserFactory(RawListParser.FACTORY);
        List<String> lines = new ArrayList<>();
        for (FTPFile file : client.initiateListParsing(RawListParser.KEY, null).getFiles()) {
            lines.add(file.getRawListing());
        }
        if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
            throw fail("LIST");
        }
        return lines;
    }

    /**
     * The SIZE of a remote file in binary mode, or -1 when the server does not say: only a 213 reply with a number
     * is a size (RFC 3659 section 4); any other reply is ignored, never taken for one.
     */
    long size(String name) throws IOException {
        prepareTransfers();
        FtpTarget.checkText(name, "file name");
        if (client.sendCommand(FTPCmd.SIZE, name) != SIZE_REPLY) {
            return -1;
        }
        Matcher size = SIZE.matcher(client.getReplyStrings()[0]);
        return size.matches() ? Long.parseLong(size.group(1)) : -1;
    }

    /**
     * Starts RETR, after REST when offset > 0; {@code null} when the server refuses the file (the reply says why). The
     * caller reads the data to its end, closes it, then calls {@link #finishTransfer}.
     */
    DataConnection retrieve(String name, long offset) throws IOException {
        prepareTransfers();
        // REST must come right before RETR (after EPSV/PASV), as Commons Net sends it; MINA drops it otherwise
        client.setRestartOffset(offset);
        Socket socket;
        try {
            socket = dataConnections.openDataConnection(FTPCmd.RETR.getCommand(), name);
        } finally {
            client.setRestartOffset(0);
        }
        if (socket == null) {
            if (offset > 0 && "REST".equals(trace.lastCommand())) {
                throw fail("the server cannot resume " + name + " (REST " + offset + ")");
            }
            return null;
        }
        return DataConnection.of(socket, settings.timeout());
    }

    /** Starts STOR; {@code null} when the server refuses. */
    OutputStream store(String name) throws IOException {
        prepareTransfers();
        return client.storeFileStream(name);
    }

    /** Reads the transfer's final reply: true on 2xx. */
    boolean finishTransfer() throws IOException {
        return client.completePendingCommand();
    }

    /** An error carrying the server's last reply. */
    FtpToolsException fail(String what) {
        return new FtpToolsException(ExitCode.FAILURE, what + ": " + ServerText.oneLine(replyLines()));
    }

    /** Logs out (QUIT) and closes the connection; never fails. */
    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.logout();
            }
        } catch (IOException ignored) {
            // the session is over either way
        }
        try {
            client.disconnect();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
