package dev.netbasics.http.client;

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
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new HttpToolsException(HttpToolsException.USAGE, "not a valid URL: '"
                    + RequestHeaders.printable(argument) + "' (" + e.getReason() + ")");
        }
        return requireHttp(uri);
    }

    /** An http or https URL with a host and a port TCP can have, whether typed or from a redirect. */
    static URI requireHttp(URI uri) {
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new HttpToolsException(HttpToolsException.USAGE, "not an http or https URL: " + uri);
        }
        if (uri.getHost() == null) {
            throw new HttpToolsException(HttpToolsException.USAGE, "no host in URL: " + uri);
        }
        if (uri.getPort() > MAX_PORT) {
            throw new HttpToolsException(HttpToolsException.USAGE, "port out of range (0-65535) in URL: " + uri);
        }
        return uri;
    }

    /** The port the URL names, else its scheme's default. */
    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
