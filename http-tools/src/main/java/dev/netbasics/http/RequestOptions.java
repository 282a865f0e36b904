package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ssl.TrustOptions;
import dev.netbasics.http.client.ClientSettings;
import dev.netbasics.http.client.HttpExchange;
import dev.netbasics.http.client.HttpToolsException;
import dev.netbasics.http.client.ProxySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What curl, HTTPie and xh users expect of every request. */
final class RequestOptions {

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
            description = "Add a request header (repeatable); replaces the default User-Agent or Accept.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Give up on the whole exchange after this long (default: no limit).")
    double timeoutSeconds;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Give up connecting after this long (default: ${DEFAULT-VALUE}).")
    double connectTimeoutSeconds;

    @Option(names = {"-L", "--follow"}, description = "Follow redirects.")
    boolean follow;

    @Option(names = "--max-redirs", paramLabel = "N", defaultValue = "" + HttpExchange.DEFAULT_MAX_REDIRECTS,
            description = "Most redirects to follow with -L (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @ArgGroup(exclusive = true)
    Version version;

    static final class Version {
        @Option(names = "--http1.1", description = "Use HTTP/1.1 only.")
        boolean http11;

        @Option(names = "--http2", description = "Use HTTP/2 (ALPN over TLS, an h2c upgrade in clear text).")
        boolean http2;
    }

    @Option(names = {"-u", "--user"}, paramLabel = "USER:PASSWORD", description = "Basic authentication.")
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

    ClientSettings settings() {
        if (timeoutSeconds < 0 || connectTimeoutSeconds < 0 || maxRedirects < 0) {
            throw new HttpToolsException(ExitCode.USAGE, "timeouts and --max-redirs must not be negative");
        }
        ClientSettings.Protocol protocol = version == null ? ClientSettings.Protocol.AUTO
                : version.http11 ? ClientSettings.Protocol.HTTP_1_1 : ClientSettings.Protocol.HTTP_2;
        return new ClientSettings(seconds(timeoutSeconds), seconds(connectTimeoutSeconds), protocol,
                tls.trust(), new ProxySettings(proxy, System.getenv()));
    }

    HttpExchange exchange() {
        return new HttpExchange(settings(), follow, maxRedirects);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
