package dev.netbasics.http.client;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.http.HttpPeerException;
import dev.netbasics.cli.http.RedirectLocation;
import dev.netbasics.cli.ssl.TlsFailureText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Objects;

/** Sends a request with the engine it needs, following redirects as asked, and names failures plainly. */
public final class HttpExchange {

    public static final int DEFAULT_MAX_REDIRECTS = 10;

    private final ClientSettings settings;
    private final boolean followRedirects;
    private final int maxRedirects;
    private final boolean locationTrusted;
    private Http1Engine http1;
    private HttpClientEngine httpClient;

    /**
     * @param locationTrusted curl's {@code --location-trusted}: credentials go on to another host, port or scheme
     */
    public HttpExchange(ClientSettings settings, boolean followRedirects, int maxRedirects, boolean locationTrusted) {
        this.settings = settings;
        this.followRedirects = followRedirects;
        this.maxRedirects = maxRedirects;
        this.locationTrusted = locationTrusted;
    }

    public HttpResult send(HttpRequestSpec request) {
        HttpRequestSpec current = request;
        for (int redirects = 0; ; redirects++) {
            HttpResult result = sendOnce(current);
            String location = result.header("Location");
            if (!followRedirects || location == null || !isRedirect(result.status())) {
                return result;
            }
            if (redirects == maxRedirects) {
                throw new HttpToolsException(ExitCode.FAILURE,
                        "more than " + maxRedirects + " redirects (last to " + location + ")");
            }
            closeQuietly(result);
            URI target = redirectTarget(current.uri(), location);
            boolean keepMethod = result.status() == 307 || result.status() == 308
                    || (result.status() != 303 && current.method().equals("HEAD"));
            current = current.redirectedTo(target, keepMethod, locationTrusted || sameOrigin(current.uri(), target));
        }
    }

    /**
     * The Location as curl and urllib follow it (raw bytes and spaces percent-encoded), resolved against the URL
     * it came from; one that is not http or https is the server's doing, so a failure (1), not a usage error.
     */
    static URI redirectTarget(URI from, String location) {
        URI target;
        try {
            target = resolve(from, RedirectLocation.encode(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new HttpToolsException(ExitCode.PROTOCOL, "the server redirected to '" + location
                    + "', which is not a URL");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
            throw new HttpToolsException(ExitCode.FAILURE, "the server redirected to '" + location
                    + "', not to an http or https URL; not followed");
        }
        return target;
    }

    /**
     * RFC 3986 §5.2, where java.net.URI keeps RFC 2396's rules: a reference of only a query keeps the base's path,
     * and ".." above the root is dropped, not kept.
     */
    private static URI resolve(URI base, String reference) throws URISyntaxException {
        if (reference.startsWith("?")) {
            return new URI(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + reference);
        }
        URI resolved = base.resolve(new URI(reference)).normalize();
        String path = resolved.getRawPath();
        if (path == null || !path.startsWith("/..")) {
            return resolved;
        }
        while (path.startsWith("/../") || path.equals("/..")) {
            path = path.length() == 3 ? "/" : path.substring(3);
        }
        return new URI(resolved.getScheme() + "://" + resolved.getRawAuthority() + path
                + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment()));
    }

    private HttpResult sendOnce(HttpRequestSpec request) {
        URI uri = TargetUrl.requireHttp(request.uri());
        // Chosen on this thread, before any client runs: a bad proxy setting is a usage error, not an IOException
        // inside java.net.http's own threads.
        Proxy proxy = settings.proxies().proxyFor(uri);
        try {
            if (settings.http2()) {
                if (httpClient == null) {
                    httpClient = new HttpClientEngine(settings);
                }
                return httpClient.send(request);
            }
            if (http1 == null) {
                http1 = new Http1Engine(settings);
            }
            return http1.send(request, proxy);
        } catch (IOException e) {
            throw failure(uri, proxy, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpToolsException(ExitCode.INTERRUPTED, "interrupted");
        }
    }

    /** Through a proxy, an unknown host or a refused connection is the proxy's, not the URL's. */
    private static HttpToolsException failure(URI uri, Proxy proxy, IOException e) {
        if (proxy.address() instanceof InetSocketAddress address && (unknownHost(e) || refused(e))) {
            return new HttpToolsException(unknownHost(e) ? ExitCode.UNKNOWN_HOST : ExitCode.UNREACHABLE, unknownHost(e)
                    ? "could not resolve proxy " + address.getHostString()
                    : "connection refused by proxy " + address.getHostString() + ":" + address.getPort());
        }
        return failure(uri, e);
    }

    /** The one-line error for a failed exchange with {@code uri}, whichever client or step it failed in. */
    public static HttpToolsException failure(URI uri, IOException e) {
        String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String reason;
        int exitCode = ExitCode.of(e);
        if (e instanceof HttpPeerException peer) {
            exitCode = peer.exitCode();
            reason = "request to " + host + " failed: " + peer.getMessage();
        } else if (unknownHost(e)) {
            exitCode = ExitCode.UNKNOWN_HOST;
            reason = "could not resolve host " + uri.getHost();
        } else if (refused(e)) {
            reason = "connection refused by " + host;
        } else if (exitCode == ExitCode.TIMEOUT) {
            reason = "timed out talking to " + host;
        } else if (exitCode == ExitCode.TLS) {
            reason = "TLS with " + host + " failed: " + TlsFailureText.describe(e);
        } else {
            reason = "request to " + host + " failed: " + Objects.requireNonNullElse(e.getMessage(),
                    e.getClass().getSimpleName());
        }
        return new HttpToolsException(exitCode, reason);
    }

    /** java.net.http reports an unknown host as a ConnectException whose causes end in UnresolvedAddressException. */
    private static boolean unknownHost(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(IOException e) {
        return e instanceof ConnectException && !(e instanceof HttpConnectTimeoutException) && !unknownHost(e);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && TargetUrl.port(a) == TargetUrl.port(b);
    }

    private static void closeQuietly(HttpResult result) {
        try {
            result.body().close();
        } catch (IOException e) {
            // the redirect body is not needed
        }
    }
}
