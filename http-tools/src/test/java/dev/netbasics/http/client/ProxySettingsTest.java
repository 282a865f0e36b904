package dev.netbasics.http.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netbasics.cli.ExitCode;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

    private static final URI HTTP = URI.create("http://example.com/x");
    private static final URI HTTPS = URI.create("https://example.com/x");

    private static String proxy(String explicit, Map<String, String> environment, URI target) {
        Proxy proxy = new ProxySettings(explicit, environment).proxyFor(target);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals("cli:3128", proxy("cli:3128", Map.of("http_proxy", "http://env:8080"), HTTP));
        assertEquals("cli:1080", proxy("http://cli", Map.of(), HTTPS));
    }

    @Test
    void eachSchemeHasItsVariableAndAllProxyCoversTheRest() {
        Map<String, String> environment = Map.of("http_proxy", "http://plain:8080", "https_proxy", "secure:8443");
        assertEquals("plain:8080", proxy(null, environment, HTTP));
        assertEquals("secure:8443", proxy(null, environment, HTTPS));
        assertEquals("all:9", proxy(null, Map.of("ALL_PROXY", "all:9"), HTTPS));
        assertEquals("upper:8443", proxy(null, Map.of("HTTPS_PROXY", "upper:8443"), HTTPS));
        assertEquals("direct", proxy(null, Map.of(), HTTP));
    }

    @Test
    void upperCaseHttpProxyIsIgnoredAsCurlDoes() {
        assertEquals("direct", proxy(null, Map.of("HTTP_PROXY", "attacker:80"), HTTP));
    }

    @Test
    void noProxyHostsAreReachedDirectly() {
        Map<String, String> environment = Map.of("http_proxy", "p:1", "no_proxy", "localhost, .internal,example.com");
        assertEquals("direct", proxy(null, environment, URI.create("http://localhost/")));
        assertEquals("direct", proxy(null, environment, URI.create("http://db.internal/")));
        assertEquals("direct", proxy(null, environment, URI.create("http://www.example.com/")));
        assertEquals("p:1", proxy(null, environment, URI.create("http://notexample.com/")));
        assertEquals("direct", proxy(null, Map.of("http_proxy", "p:1", "NO_PROXY", "*"), HTTP));
    }

    @Test
    void aProxyWithoutAHostIsAUsageError() {
        HttpToolsException error = assertThrows(HttpToolsException.class, () -> proxy("http://:8080", Map.of(), HTTP));
        assertEquals(ExitCode.USAGE, error.exitCode());
    }
}
