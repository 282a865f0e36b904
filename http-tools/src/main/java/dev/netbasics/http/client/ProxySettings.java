package dev.netbasics.http.client;

import dev.netbasics.cli.ExitCode;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** The proxy for a URL: {@code --proxy}, else curl's environment variables, minus {@code no_proxy} hosts. */
public final class ProxySettings {

    private final String explicit;
    private final Map<String, String> environment;

    public ProxySettings(String explicit, Map<String, String> environment) {
        this.explicit = explicit;
        this.environment = environment;
    }

    Proxy proxyFor(URI target) {
        String proxy = explicit;
        if (proxy == null) {
            if (bypassed(target.getHost())) {
                return Proxy.NO_PROXY;
            }
            proxy = "https".equalsIgnoreCase(target.getScheme())
                    ? variable("https_proxy")
                    : variable("http_proxy");
            if (proxy == null) {
                proxy = variable("all_proxy");
            }
        }
        if (proxy == null || proxy.isBlank()) {
            return Proxy.NO_PROXY;
        }
        URI uri = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
        if (uri.getHost() == null) {
            throw new HttpToolsException(ExitCode.USAGE, "bad proxy address: " + proxy);
        }
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(),
                uri.getPort() < 0 ? 1080 : uri.getPort()));
    }

    private boolean bypassed(String host) {
        String noProxy = variable("no_proxy");
        if (noProxy == null || host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        for (String entry : noProxy.split(",")) {
            String suffix = entry.strip().toLowerCase(Locale.ROOT);
            if (suffix.equals("*") || !suffix.isEmpty() && (lower.equals(suffix.replaceFirst("^\\.", ""))
                    || lower.endsWith(suffix.startsWith(".") ? suffix : "." + suffix))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case variable, else the upper-case one, except HTTP_PROXY: a CGI program gets that from a
     * request's Proxy header (httpoxy, CVE-2016-5385), so curl reads only http_proxy, and so does this.
     */
    private String variable(String lowerCaseName) {
        String value = environment.get(lowerCaseName);
        return value != null || lowerCaseName.equals("http_proxy") ? value
                : environment.get(lowerCaseName.toUpperCase(Locale.ROOT));
    }
}
