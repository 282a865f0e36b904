package dev.netbasics.url.request;

import dev.netbasics.url.error.UrlToolsException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy urllib would use for a URL: {@code <scheme>_proxy} from the environment (lower case first; upper
 * case too, except {@code HTTP_PROXY} under CGI, the httpoxy attack), unless {@code no_proxy} names the host.
 */
final class ProxySelection {

    private final Map<String, String> environment;

    ProxySelection(Map<String, String> environment) {
        this.environment = environment;
    }

    Proxy proxyFor(String scheme, String host, int port) {
        String proxy = variable(scheme + "_proxy");
        if (proxy == null || proxy.isBlank() || bypassed(host, port)) {
            return Proxy.NO_PROXY;
        }
        String address = proxy.strip();
        int schemeEnd = address.indexOf("://");
        if (schemeEnd >= 0) {
            address = address.substring(schemeEnd + 3);
        }
        int slash = address.indexOf('/');
        if (slash >= 0) {
            address = address.substring(0, slash);
        }
        address = address.substring(address.lastIndexOf('@') + 1);
        int colon = address.lastIndexOf(':');
        String proxyHost = colon > address.lastIndexOf(']') ? address.substring(0, colon) : address;
        int proxyPort = 80;
        if (colon > address.lastIndexOf(']')) {
            try {
                proxyPort = Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw UrlToolsException.usage("bad proxy in " + scheme + "_proxy: " + proxy);
            }
        }
        proxyHost = proxyHost.startsWith("[") && proxyHost.endsWith("]")
                ? proxyHost.substring(1, proxyHost.length() - 1) : proxyHost;
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxyHost, proxyPort));
    }

    /** urllib's {@code proxy_bypass_environment}: {@code *}, or a host or domain suffix, with or without port. */
    private boolean bypassed(String host, int port) {
        String noProxy = variable("no_proxy");
        if (noProxy == null || noProxy.isBlank()) {
            return false;
        }
        if (noProxy.strip().equals("*")) {
            return true;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String nameWithPort = name + ":" + port;
        for (String entry : noProxy.split(",")) {
            String suffix = entry.strip().toLowerCase(Locale.ROOT);
            if (suffix.isEmpty()) {
                continue;
            }
            suffix = suffix.startsWith(".") ? suffix.substring(1) : suffix;
            for (String candidate : new String[] {name, nameWithPort}) {
                if (candidate.equals(suffix) || candidate.endsWith("." + suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String variable(String name) {
        String lower = environment.get(name.toLowerCase(Locale.ROOT));
        if (lower != null) {
            return lower;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("HTTP_PROXY") && environment.containsKey("REQUEST_METHOD")) {
            return null;
        }
        return environment.get(upper);
    }
}
