package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.build.PackagedTool;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged tool with proxies from its environment: each URL of a redirect chain gets its own proxy
 * decision, in both JDK clients. The test httpbin is the origin and, for other hosts, the proxy.
 */
class ProxyEnvironmentIT {

    private TestHttpbin httpbin;

    @BeforeEach
    void start() throws Exception {
        httpbin = TestHttpbin.plain();
    }

    @AfterEach
    void stop() {
        httpbin.close();
    }

    @Test
    void aRedirectOutOfNoProxyGoesThroughTheProxy() {
        Map<String, String> environment = Map.of("http_proxy", "127.0.0.1:" + httpbin.port(),
                "no_proxy", "127.0.0.1");
        for (String protocol : new String[] {"--http1.1", "--http2"}) {
            PackagedTool.Result run = PackagedTool.runInCLocale(environment, new byte[0],
                    "get", "-i", "-L", protocol, httpbin.url("/redirect-to/proxied.invalid"));
            assertEquals(0, run.status(), protocol + ": " + run.err());
            assertTrue(run.outAsUtf8().contains("\"Host\": \"proxied.invalid\""), protocol + ": " + run.outAsUtf8());
        }
    }
}
