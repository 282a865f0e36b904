package dev.netbasics.http.client;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ssl.TlsFailureText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Objects;
import javax.net.ssl.SSLException;

/** Sends a request with the engine it needs, following redirects as asked, and names failures plainly. */
public final class HttpExchange {

    public static final int DEFAULT_MAX_REDIRECTS = 10;

    private final ClientSettings settings;
    private final boolean followRedirects;
    private final int maxRedirects;
    private UrlConnectionEngine urlConnection;
    private HttpClientEngine httpClient;

    public HttpExchange(ClientSettings settings, boolean followRedirects, int maxRedirects) {
        this.settings = settings;
        this.followRedirects = followRedirects;
        this.maxRedirects = maxRedirects;
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
            URI target = current.uri().resolve(location.strip());
            boolean keepMethod = result.status() == 307 || result.status() == 308
                    || (result.status() != 303 && current.method().equals("HEAD"));
            current = current.redirectedTo(target, keepMethod, sameOrigin(current.uri(), target));
        }
    }

    private HttpResult sendOnce(HttpRequestSpec request) {
        URI uri = TargetUrl.requireHttp(request.uri());
        // Chosen on this thread, before any client runs: a bad proxy setting is a usage error, not an IOException
        // inside java.net.http's own threads.
        Proxy proxy = settings.proxies().proxyFor(uri);
        try {
            if (settings.needsHttp2Client(uri.getScheme())) {
                if (httpClient == null) {
                    httpClient = new HttpClientEngine(settings);
                }
                return httpClient.send(request);
            }
            if (urlConnection == null) {
                urlConnection = new UrlConnectionEngine(settings);
            }
            return urlConnection.send(request, proxy);
        } catch (IOException e) {
            throw failure(uri, proxy, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpToolsException(ExitCode.FAILURE, "interrupted");
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
        if (unknownHost(e)) {
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
