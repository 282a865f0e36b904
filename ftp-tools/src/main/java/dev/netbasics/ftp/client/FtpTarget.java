package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where to connect: a host name or address, with a port or not ({@code HOST:PORT}, {@code ::1}, {@code [::1]},
 * {@code [::1]:2121}, as lftp and curl take them), or an {@code ftp://[user[:password]@]host[:port][/path]} URL;
 * {@code -p} overrides the port given with the host. A URL path is relative to the login directory, as in
 * RFC 1738 and curl; {@code ftp://host//abs} or {@code ftp://host/%2Fabs} is absolute.
 */
public record FtpTarget(String host, int port, String user, String urlPassword, String path) {

    static final int DEFAULT_PORT = 21;

    public static FtpTarget parse(String hostOrUrl, Integer portOption, String userOption) {
        String lower = hostOrUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ftps://") || lower.startsWith("sftp://")) {
            throw usage(hostOrUrl.substring(0, lower.indexOf(':')) + ":// is not supported; use ftp://... with --tls");
        }
        if (lower.contains("://")) {
            if (!lower.startsWith("ftp://")) {
                throw usage("not an ftp:// URL: " + ServerText.printable(hostOrUrl));
            }
            return parseUrl(hostOrUrl, portOption, userOption);
        }
        return parseHostAndPort(hostOrUrl, portOption, userOption);
    }

    /** HOST, HOST:PORT, a bare IPv6 address ({@code ::1}), or one in brackets with or without a port. */
    private static FtpTarget parseHostAndPort(String given, Integer portOption, String userOption) {
        String host = given;
        int port = -1;
        int colon = given.lastIndexOf(':');
        if (given.startsWith("[")) {
            int close = given.indexOf(']');
            if (close < 0 || close + 1 < given.length() && given.charAt(close + 1) != ':') {
                throw usage("bad host " + ServerText.printable(given) + ": write an IPv6 address as [::1] or"
                        + " [::1]:PORT");
            }
            host = given.substring(1, close);
            port = close + 1 < given.length() ? portIn(given, given.substring(close + 2)) : -1;
        } else if (colon >= 0 && colon == given.indexOf(':')) {
            host = given.substring(0, colon);
            port = portIn(given, given.substring(colon + 1));
        }
        if (host.indexOf('@') >= 0) {
            throw usage("bad host " + ServerText.printable(given) + ": give the user as -u USER or in a URL,"
                    + " ftp://USER@HOST");
        }
        checkHost(host, given);
        return new FtpTarget(host, port(portOption, port), userOption, null, null);
    }

    private static int portIn(String given, String digits) {
        if (!digits.matches("[0-9]{1,5}")) {
            throw usage("bad port in " + ServerText.printable(given) + ": write HOST:PORT, [IPv6]:PORT or -p PORT");
        }
        return Integer.parseInt(digits);
    }

    private static FtpTarget parseUrl(String url, Integer portOption, String userOption) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw usage("bad URL " + ServerText.printable(url) + ": " + e.getReason());
        }
        if (uri.getHost() == null) {
            throw usage("no host in URL " + ServerText.printable(url));
        }
        String host = stripBrackets(uri.getHost());
        checkHost(host, url);
        String user = userOption;
        String password = null;
        if (uri.getUserInfo() != null) {
            String info = uri.getUserInfo();
            int colon = info.indexOf(':');
            if (user == null) {
                user = colon < 0 ? info : info.substring(0, colon);
            }
            password = colon < 0 ? null : info.substring(colon + 1);
        }
        String path = null;
        if (uri.getRawPath() != null && uri.getRawPath().length() > 1) {
            path = uri.getPath().substring(1);
            checkText(path, "URL path");
        }
        return new FtpTarget(host, port(portOption, uri.getPort()), user == null || user.isEmpty() ? null : user,
                password, path);
    }

    private static int port(Integer option, int fromUrl) {
        int port = option != null ? option : fromUrl >= 0 ? fromUrl : DEFAULT_PORT;
        if (port < 1 || port > 65535) {
            throw usage("port out of range: " + port);
        }
        return port;
    }

    private static String stripBrackets(String host) {
        return host.length() > 2 && host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
                : host;
    }

    private static void checkHost(String host, String given) {
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c == 0x7f)) {
            throw usage("bad host: " + ServerText.printable(given));
        }
    }

    /** Command arguments go on the control connection: a CR or LF would smuggle in a second command. */
    public static void checkText(String text, String what) {
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw usage(what + " contains control characters: " + ServerText.printable(text));
        }
    }

    /** The host as a URL or message shows it: IPv6 literals in brackets. */
    String displayHost() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private static FtpToolsException usage(String message) {
        return new FtpToolsException(ExitCode.USAGE, message);
    }
}
