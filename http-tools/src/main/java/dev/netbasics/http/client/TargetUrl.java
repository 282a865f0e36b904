package dev.netbasics.http.client;

import dev.netbasics.cli.ExitCode;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The URL argument as curl and xh read it: without a scheme it is http ({@code example.com/x}), and a bare
 * {@code :port/path} is localhost. Anything that is not then an http or https URL with a host is a usage error.
 */
public final class TargetUrl {

    public static final String DESCRIPTION = "http:// or https:// URL (http:// when no scheme; :PORT/PATH for localhost).";

    private static final String DEFAULT_SCHEME = "http://";
    private static final String DEFAULT_HOST = "localhost";
    private static final int MAX_PORT = 65_535;

    private TargetUrl() {
    }

    public static URI parse(String argument) {
        String text = argument.strip();
        if (text.startsWith(":")) {
            text = DEFAULT_SCHEME + DEFAULT_HOST + text;
        } else if (!text.contains("://")) {
            text = DEFAULT_SCHEME + text;
        }
        URI uri;
        try {
            uri = new URI(withAsciiHost(text));
        } catch (URISyntaxException e) {
            throw new HttpToolsException(ExitCode.USAGE, "not a valid URL: '"
                    + RequestHeaders.printable(argument) + "' (" + e.getReason() + ")");
        }
        return requireHttp(uri);
    }

    /**
     * A host name in Unicode ({@code bücher.example}) in its ASCII form ({@code xn--bcher-kva.example}), as curl
     * and browsers send it: java.net.URI takes no non-ASCII host.
     */
    private static String withAsciiHost(String url) {
        int start = url.indexOf("://") + "://".length();
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int hostStart = url.lastIndexOf('@', end - 1) + 1;
        hostStart = Math.max(hostStart, start);
        int hostEnd = url.indexOf(':', hostStart);
        if (hostEnd < 0 || hostEnd > end || url.startsWith("[", hostStart)) {
            hostEnd = end;
        }
        String host = url.substring(hostStart, hostEnd);
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) > 0x7f) {
                try {
                    return url.substring(0, hostStart) + IDN.toASCII(host) + url.substring(hostEnd);
                } catch (IllegalArgumentException e) {
                    throw new HttpToolsException(ExitCode.USAGE, "not a valid host name: '" + host + "' ("
                            + e.getMessage() + ")");
                }
            }
        }
        return url;
    }

    /** An http or https URL with a host and a port TCP can have, whether typed or from a redirect. */
    static URI requireHttp(URI uri) {
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new HttpToolsException(ExitCode.USAGE, "not an http or https URL: " + uri);
        }
        if (uri.getHost() == null) {
            throw new HttpToolsException(ExitCode.USAGE, "no host in URL: " + uri);
        }
        if (uri.getPort() > MAX_PORT) {
            throw new HttpToolsException(ExitCode.USAGE, "port out of range (0-65535) in URL: " + uri);
        }
        return uri;
    }

    /**
     * The {@code user:password} of a URL's user information, percent-decoded, as curl sends it in Basic
     * credentials ({@code user} alone has an empty password); null when the URL has none.
     */
    public static String credentials(URI uri) {
        String userInfo = uri.getUserInfo();
        if (userInfo == null) {
            return null;
        }
        return userInfo.indexOf(':') < 0 ? userInfo + ":" : userInfo;
    }

    /** The URL without its user information, which is never sent in a request line or a Host field. */
    public static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme() + "://" + uri.getRawAuthority().substring(
                    uri.getRawAuthority().lastIndexOf('@') + 1) + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        } catch (URISyntaxException e) {
            throw new HttpToolsException(ExitCode.USAGE, "not a valid URL: " + uri);
        }
    }

    /** The port the URL names, else its scheme's default. */
    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
