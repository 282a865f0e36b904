package dev.netbasics.url.request;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.error.HttpError;
import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.UrlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code urllib.request.urlopen}: picks the scheme's handler and follows redirects by urllib's rules (at most
 * 10, a URL at most 4 times, POST only through 301/302/303 and then as GET, only to http, https and ftp), so
 * the same URL gives what the book's scripts would get. Any final HTTP status outside 2xx is an {@link HttpError}.
 * Proxies come from the environment, as urllib's default ProxyHandler takes them.
 */
public final class UrlOpener {

    private static final int MAX_REDIRECTS = 10;
    private static final int MAX_REPEATS = 4;
    private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> POST_REDIRECT_CODES = Set.of(301, 302, 303);
    private static final Set<String> REDIRECT_SCHEMES = Set.of("http", "https", "ftp", "");
    /** As urllib's {@code Python-urllib/3.11}: the tool and its version. */
    private static final String USER_AGENT = "url-tools/" + VersionProvider.version();
    private static final String REDIRECT_SAFE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final HttpFetcher http;
    private final FtpFetcher ftp;

    /** An opener whose proxies and FTP password come from these environment variables. */
    public UrlOpener(Map<String, String> environment) {
        this.http = new HttpFetcher(USER_AGENT, new ProxySelection(environment));
        this.ftp = new FtpFetcher(environment);
    }

    public UrlResponse open(UrlRequest request) {
        Map<String, Integer> visited = new HashMap<>();
        UrlRequest current = request.withUrl(withoutFragment(unwrap(request.url())));
        while (true) {
            UrlResponse response = openOnce(current);
            if (response.status() == UrlResponse.NO_STATUS || isSuccess(response.status())) {
                return response;
            }
            String location = response.header("Location");
            if (location == null) {
                location = response.header("URI");
            }
            if (!REDIRECT_CODES.contains(response.status()) || location == null) {
                throw new HttpError(response, response.reason());
            }
            boolean post = current.data() != null;
            if (post && !POST_REDIRECT_CODES.contains(response.status())) {
                throw new HttpError(response, response.reason());
            }
            String target = redirectTarget(current.url(), location, response);
            if (visited.getOrDefault(target, 0) >= MAX_REPEATS || visited.size() >= MAX_REDIRECTS) {
                throw new HttpError(response, "The HTTP server returned a redirect error that would lead to an"
                        + " infinite loop. The last 30x error message was: " + response.reason());
            }
            visited.merge(target, 1, Integer::sum);
            closeQuietly(response);
            current = current.redirectedTo(target, false, sameHost(current.url(), target));
        }
    }

    private UrlResponse openOnce(UrlRequest request) {
        String scheme = UrlParser.schemeOf(request.url());
        if (scheme == null) {
            throw UrlToolsException.usage("unknown url type: " + PythonRepr.repr(request.url()));
        }
        return switch (scheme) {
            case "http", "https" -> http.exchange(request);
            case "file" -> LocalFileFetcher.open(request.url());
            case "data" -> DataUrlFetcher.open(request.url());
            case "ftp" -> ftp.open(request.url(), request.timeout());
            default -> throw UrlToolsException.urlError("unknown url type: " + scheme);
        };
    }

    private static String redirectTarget(String base, String location, UrlResponse response) {
        UrlParser.Components parts = UrlParser.urlparse(location);
        if (!REDIRECT_SCHEMES.contains(parts.scheme())) {
            throw new HttpError(response, response.reason() + " - Redirection to url '" + location
                    + "' is not allowed");
        }
        String target = location;
        if (parts.path().isEmpty() && !parts.netloc().isEmpty()) {
            target = UrlParser.urlunparse(parts.withPath("/"));
        }
        return UrlParser.urljoin(base, percentEncodeUnsafe(target));
    }

    /** urllib's {@code quote(newurl, encoding="iso-8859-1", safe=string.punctuation)}, UTF-8 beyond Latin-1. */
    private static String percentEncodeUnsafe(String url) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || REDIRECT_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                int codePoint = url.codePointAt(i);
                i += Character.charCount(codePoint) - 1;
                byte[] bytes = codePoint <= 0xFF ? new byte[] {(byte) codePoint}
                        : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }

    /** urllib's {@code unwrap}: surrounding spaces and a {@code <URL:...>} wrapper are not part of the URL. */
    private static String unwrap(String url) {
        String stripped = url.strip();
        if (stripped.startsWith("<") && stripped.endsWith(">")) {
            stripped = stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped.startsWith("URL:") ? stripped.substring(4).strip() : stripped;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static boolean sameHost(String from, String to) {
        return UrlParser.urlparse(from).netloc().equalsIgnoreCase(UrlParser.urlparse(to).netloc());
    }

    private static void closeQuietly(UrlResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the body of a redirect is not needed
        }
    }
}
