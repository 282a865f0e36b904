package dev.netbasics.url.request;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.error.NetworkErrors;
import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.UrlParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPCmd;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.io.SocketInputStream;

/**
 * {@code ftp:} URLs as urllib's FTPHandler opens them, on Commons Net: log in (anonymous unless the URL names a
 * user; the password from the URL or {@code FTP_PASSWORD}), change into each directory, RETR the file in binary
 * (or as {@code ;type=a}), and list the directory instead when the name is empty or no file.
 */
final class FtpFetcher {

    static final String PASSWORD_VARIABLE = "FTP_PASSWORD";
    private static final int DEFAULT_PORT = 21;
    private static final String ANONYMOUS = "anonymous";
    private static final Pattern ANNOUNCED_SIZE = Pattern.compile("\\((\\d+) bytes\\)", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> environment;

    FtpFetcher(Map<String, String> environment) {
        this.environment = environment;
    }

    UrlResponse open(String url, Duration timeout) {
        FtpLocation location = FtpLocation.parse(url);
        RawDataFtpClient ftp = new RawDataFtpClient();
        int millis = Math.toIntExact(timeout.toMillis());
        ftp.setConnectTimeout(millis);
        ftp.setDefaultTimeout(millis);
        ftp.setDataTimeout(timeout);
        // ftplib's encoding: names beyond ASCII go out as UTF-8 (RFC 2640), not Commons Net's ISO-8859-1.
        ftp.setControlEncoding(StandardCharsets.UTF_8.name());
        try {
            InetAddress server = InetAddress.getByName(HostNames.toAscii(location.host()));
            ftp.connect(server, location.port());
            ftp.setSoTimeout(millis);
            // The address inside a PASV reply is never trusted: data goes to the control connection's peer.
            ftp.setPassiveNatWorkaroundStrategy(hostname -> server.getHostAddress());
            ftp.enterLocalPassiveMode();
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw ftpError(ftp);
            }
            if (!ftp.login(location.user(), password(location))) {
                throw ftpError(ftp);
            }
            for (String directory : location.directories()) {
                if (!ftp.changeWorkingDirectory(directory)) {
                    throw ftpError(ftp);
                }
            }
            return retrieve(ftp, url, location);
        } catch (UnknownHostException e) {
            disconnect(ftp);
            throw NetworkErrors.urlError(e);
        } catch (IOException e) {
            disconnect(ftp);
            throw UrlToolsException.urlError("ftp error: " + NetworkErrors.reason(e));
        } catch (RuntimeException e) {
            disconnect(ftp);
            throw e;
        }
    }

    private UrlResponse retrieve(RawDataFtpClient ftp, String url, FtpLocation location) throws IOException {
        boolean listing = location.file().isEmpty() || location.type() == 'D';
        InputStream data = null;
        if (!listing) {
            ftp.setFileType(location.type() == 'A' ? FTP.ASCII_FILE_TYPE : FTP.BINARY_FILE_TYPE);
            data = ftp.openData(FTPCmd.RETR, location.file());
            if (data == null && ftp.getReplyCode() != FTPReply.FILE_UNAVAILABLE) {
                throw ftpError(ftp);
            }
        }
        Long size = null;
        if (data == null) {
            ftp.setFileType(FTP.ASCII_FILE_TYPE);
            if (!location.file().isEmpty()) {
                checkIsDirectory(ftp, location.file());
            }
            data = ftp.openData(FTPCmd.LIST, location.file().isEmpty() ? null : location.file());
            if (data == null) {
                throw ftpError(ftp);
            }
        } else {
            size = announcedSize(ftp.getReplyString());
        }
        List<UrlResponse.Header> headers = new ArrayList<>();
        String type = ContentTypes.load().guess(url);
        if (type != null) {
            headers.add(new UrlResponse.Header("Content-type", type));
        }
        if (size != null) {
            headers.add(new UrlResponse.Header("Content-length", size.toString()));
        }
        return UrlResponse.withoutStatus(url, headers, new TransferStream(data, ftp));
    }

    /** urllib lists a name RETR refused only if it is a directory; otherwise RETR's error stands. */
    private static void checkIsDirectory(FTPClient ftp, String name) throws IOException {
        String home = ftp.printWorkingDirectory();
        try {
            if (!ftp.changeWorkingDirectory(name)) {
                throw ftpError(ftp);
            }
        } finally {
            if (home != null) {
                ftp.changeWorkingDirectory(home);
            }
        }
    }

    private String password(FtpLocation location) {
        if (location.password() != null) {
            return location.password();
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        return ANONYMOUS.equals(location.user()) ? ANONYMOUS + "@" : "";
    }

    static Long announcedSize(String reply) {
        Matcher matcher = ANNOUNCED_SIZE.matcher(reply == null ? "" : reply);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }

    private static UrlToolsException ftpError(FTPClient ftp) {
        String reply = ftp.getReplyString();
        int exitCode = ftp.getReplyCode() == FTPReply.NOT_LOGGED_IN ? ExitCode.LOGIN : ExitCode.FAILURE;
        return UrlToolsException.urlError(exitCode, "ftp error: " + (reply == null ? "no reply" : reply.strip()));
    }

    private static void disconnect(FTPClient ftp) {
        try {
            ftp.disconnect();
        } catch (IOException e) {
            // the failure being reported matters more than a failed goodbye
        }
    }

    /**
     * Hands out the data connection's bytes as the server sends them (urllib converts neither a {@code type=a}
     * file nor a listing); Commons Net's own streams would translate line ends in ASCII mode.
     */
    private static final class RawDataFtpClient extends FTPClient {

        InputStream openData(FTPCmd command, String argument) throws IOException {
            Socket socket = _openDataConnection_(command, argument);
            return socket == null ? null : new SocketInputStream(socket, socket.getInputStream());
        }
    }

    /** Ends the transfer properly when the body is closed: the final 226 must arrive, or the data is suspect. */
    private static final class TransferStream extends FilterInputStream {

        private final FTPClient ftp;
        private boolean closed;

        TransferStream(InputStream in, FTPClient ftp) {
            super(in);
            this.ftp = ftp;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.close();
                if (!ftp.completePendingCommand()) {
                    throw new IOException("ftp error: " + ftp.getReplyString().strip());
                }
                ftp.logout();
            } finally {
                disconnect(ftp);
            }
        }
    }

    /** The parts of {@code ftp://user:password@host:port/dir/file;type=i}, percent-decoded as urllib does. */
    record FtpLocation(String user, String password, String host, int port, List<String> directories, String file,
            char type) {

        static FtpLocation parse(String url) {
            String rest = url.substring(url.indexOf(':') + 1);
            if (!rest.startsWith("//")) {
                throw UrlToolsException.urlError("ftp error: no host given");
            }
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            String selector = slash < 0 ? "" : rest.substring(slash);
            int at = authority.lastIndexOf('@');
            String userInfo = at < 0 ? null : authority.substring(0, at);
            String hostPort = authority.substring(at + 1);
            String user = ANONYMOUS;
            String password = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = UrlParser.unquote(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : UrlParser.unquote(userInfo.substring(colon + 1));
                user = user.isEmpty() ? ANONYMOUS : user;
            }
            String host = hostPort;
            int port = DEFAULT_PORT;
            int portColon = hostPort.lastIndexOf(':');
            if (portColon >= 0 && hostPort.indexOf(']', portColon) < 0) {
                host = hostPort.substring(0, portColon);
                port = parsePort(hostPort.substring(portColon + 1));
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (host.isEmpty()) {
                throw UrlToolsException.urlError("ftp error: no host given");
            }
            String[] pathAndAttributes = selector.split(";");
            char type = 'I';
            for (String attribute : Arrays.copyOfRange(pathAndAttributes, 1, pathAndAttributes.length)) {
                String[] pair = attribute.split("=", 2);
                if (pair.length == 2 && pair[0].equalsIgnoreCase("type") && pair[1].matches("[aAiIdD]")) {
                    type = pair[1].toUpperCase(Locale.ROOT).charAt(0);
                }
            }
            List<String> segments = new ArrayList<>();
            for (String segment : (pathAndAttributes.length == 0 ? "" : pathAndAttributes[0]).split("/", -1)) {
                segments.add(UrlParser.unquote(segment));
            }
            String file = segments.remove(segments.size() - 1);
            if (!segments.isEmpty() && segments.get(0).isEmpty()) {
                segments.remove(0);
            }
            return new FtpLocation(user, password, host, port, List.copyOf(segments), file, type);
        }

        private static int parsePort(String text) {
            if (text.isEmpty()) {
                return DEFAULT_PORT;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    throw UrlToolsException.usage("nonnumeric port: '" + text + "'");
                }
            }
            int port = text.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(text);
            if (port == 0 || port > HttpFetcher.MAX_PORT) {
                throw UrlToolsException.usage("port out of range 1-65535: '" + text + "'");
            }
            return port;
        }
    }
}
