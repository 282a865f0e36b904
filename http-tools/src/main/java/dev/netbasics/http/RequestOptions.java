package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.http.WireTrace;
import dev.netbasics.cli.ssl.TrustOptions;
import dev.netbasics.http.client.ClientSettings;
import dev.netbasics.http.client.HttpExchange;
import dev.netbasics.http.client.HttpRequestSpec;
import dev.netbasics.http.client.HttpResult;
import dev.netbasics.http.client.HttpToolsException;
import dev.netbasics.http.client.ProxySettings;
import dev.netbasics.http.client.RequestHeaders;
import dev.netbasics.http.client.TargetUrl;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What curl, HTTPie and xh users expect of every request. */
final class RequestOptions {

    static final String DEFAULT_CONNECT_TIMEOUT = "20";
    static final String DEFAULT_READ_TIMEOUT = "30";

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
            description = "Add a request header (repeatable); replaces the default User-Agent or Accept.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Give up on the whole exchange after this long (default: no limit).")
    double timeoutSeconds;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_CONNECT_TIMEOUT,
            description = "Give up connecting after this long (default: ${DEFAULT-VALUE}; 0: no limit).")
    double connectTimeoutSeconds;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_READ_TIMEOUT,
            description = "Give up when the server sends nothing for this long (default: ${DEFAULT-VALUE};"
                    + " 0: no limit).")
    double readTimeoutSeconds;

    @Option(names = {"-L", "--location", "--follow"}, description = "Follow redirects.")
    boolean follow;

    @Option(names = "--max-redirs", paramLabel = "N", defaultValue = "" + HttpExchange.DEFAULT_MAX_REDIRECTS,
            description = "Most redirects to follow with -L (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--location-trusted", description = "With -L, send -u, Authorization and Cookie on to"
            + " another host, port or scheme too (unsafe; as curl's).")
    boolean locationTrusted;

    @ArgGroup(exclusive = true)
    Version version;

    static final class Version {
        @Option(names = "--http1.1", description = "Use HTTP/1.1 (the default, as the book's http.client).")
        boolean http11;

        @Option(names = "--http2", description = "Use HTTP/2 (ALPN over TLS, an h2c upgrade in clear text).")
        boolean http2;
    }

    @Option(names = {"-u", "--user"}, paramLabel = "USER:PASSWORD",
            description = "Basic authentication (else from the URL's user:password@, as curl).")
    String user;

    @Option(names = {"-x", "--proxy"}, paramLabel = "URL",
            description = "HTTP proxy (default: $https_proxy / $http_proxy / $all_proxy, except $no_proxy hosts).")
    String proxy;

    @Mixin
    TrustOptions tls;

    @Option(names = {"-f", "--fail"}, description = "Exit with 22 when the server answers 4xx or 5xx.")
    boolean fail;

    @Option(names = "--json-output", description = "Print status, headers and body as one JSON object.")
    boolean jsonOutput;

    @Option(names = {"-v", "--verbose"}, description = "Print the request and answer heads on stderr ('>' sent,"
            + " '<' received), as curl -v.")
    boolean verbose;

    boolean http2() {
        return version != null && version.http2;
    }

    /**
     * The request for the URL argument: the URL's {@code user:password@} as Basic credentials unless {@code -u}
     * gives them (never dropped silently, never in the request line); a default Content-Type with a body.
     */
    HttpRequestSpec request(String method, String url, byte[] body, String contentType) {
        URI target = TargetUrl.parse(url);
        String credentials = user != null ? user : TargetUrl.credentials(target);
        List<HttpResult.Header> fields = new ArrayList<>(RequestHeaders.parse(headers, credentials));
        if (contentType != null && !RequestHeaders.has(fields, "Content-Type")) {
            fields.add(new HttpResult.Header("Content-Type", contentType));
        }
        return new HttpRequestSpec(method, TargetUrl.withoutUserInfo(target), fields, body);
    }

    HttpExchange exchange(PrintWriter err) {
        if (timeoutSeconds < 0 || connectTimeoutSeconds < 0 || readTimeoutSeconds < 0 || maxRedirects < 0) {
            throw new HttpToolsException(ExitCode.USAGE, "timeouts and --max-redirs must not be negative");
        }
        ClientSettings settings = new ClientSettings(seconds(timeoutSeconds), seconds(connectTimeoutSeconds),
                seconds(readTimeoutSeconds), http2(), tls.trust(), new ProxySettings(proxy, System.getenv()),
                verbose ? WireTrace.to(err) : WireTrace.silent());
        return new HttpExchange(settings, follow, maxRedirects, locationTrusted);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
