package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP/2 against a real HTTP/2 server (Jetty) on loopback: over TLS by default (ALPN, as curl), in clear text only
 * with {@code --http2} (an h2c upgrade), never with {@code --http1.1}; the peer answers with the protocol it heard.
 */
class Http2IT {

    @TempDir
    static Path dir;

    private static PrivateCa ca;
    private static KeyStore keys;

    @RegisterExtension
    final Http2Peer peer = new Http2Peer(keys);

    @BeforeAll
    static void makeCertificates() {
        ca = PrivateCa.create(dir);
        keys = ca.issue("localhost", "ip:127.0.0.1", "dns:localhost");
    }

    private static String ok(String... args) {
        PackagedTool.Result run = PackagedTool.of(args).run();
        assertEquals(0, run.status(), String.join(" ", args) + ": " + run.err());
        return run.outAsUtf8();
    }

    private String cacert() {
        return ca.certificate().toString();
    }

    /** The book's http.client speaks HTTP/1.1 to https too, and prints the names as the server wrote them. */
    @Test
    void httpsSpeaksHttp11AsTheBookDoesUnlessHttp2IsAskedFor() {
        String out = ok("get", "-i", "--cacert", cacert(), peer.secureUrl("/alpn"));
        assertTrue(out.startsWith("Status: 200\n"), out);
        assertTrue(out.endsWith("\n\nHTTP/1.1 GET \n"), out);
        assertTrue(out.contains("('Content-Type', 'text/plain;"), "names as written: " + out);
    }

    @Test
    void http2IsNegotiatedByAlpnWhenAskedForAndTheOutputSaysSo() {
        String out = ok("get", "-i", "--http2", "--cacert", cacert(), peer.secureUrl("/alpn"));
        assertTrue(out.startsWith("Status: 200 (HTTP/2)\n"), out);
        assertTrue(out.endsWith("\n\nHTTP/2.0 GET \n"), out);
        assertTrue(out.contains("('content-type', 'text/plain;"), "HTTP/2's lower-case names: " + out);
        assertTrue(ok("get", "--http2", "--json-output", "--cacert", cacert(), peer.secureUrl("/alpn"))
                .startsWith("{\"url\":\"" + peer.secureUrl("/alpn") + "\",\"version\":\"HTTP/2\",\"status\":200,"
                        + "\"reason\":\"OK\","));
        assertTrue(ok("get", "--json-output", "--cacert", cacert(), peer.secureUrl("/alpn"))
                .startsWith("{\"url\":\"" + peer.secureUrl("/alpn") + "\",\"version\":\"HTTP/1.1\",\"status\":200,"));
    }

    @Test
    void postBodiesGoOverHttp2() {
        assertEquals("HTTP/2.0 POST {\"text\": \"über\"}\n\n",
                ok("post", "--http2", peer.secureUrl("/post"), "--cacert", cacert(), "--json", "{\"text\": \"über\"}"));
        assertEquals("HTTP/2.0 POST a=1&b=%C3%BC\n\n",
                ok("post", "--http2", peer.secureUrl("/post"), "-k", "--form", "a=1", "--form", "b=ü"));
    }

    @Test
    void clearTextUpgradesToH2cOnlyWhenAsked() {
        assertTrue(ok("get", "-i", "--http2", peer.clearUrl("/h2c")).endsWith("\n\nHTTP/2.0 GET \n"));
        assertTrue(ok("get", "-i", peer.clearUrl("/h2c")).endsWith("\n\nHTTP/1.1 GET \n"));
        assertTrue(ok("get", "-i", "--http1.1", peer.clearUrl("/h2c")).endsWith("\n\nHTTP/1.1 GET \n"));
    }

    @Test
    void followsRedirectsOverHttp2() {
        String redirect = peer.secureUrl("/redirect?to=" + peer.secureUrl("/next"));
        String out = ok("get", "-i", "-L", "--http2", "--cacert", cacert(), redirect);
        assertTrue(out.startsWith("Status: 200 (HTTP/2)\n") && out.endsWith("\n\nHTTP/2.0 GET \n"), out);
        assertTrue(ok("get", "-L", "--http2", peer.clearUrl("/redirect?to=/next")).startsWith("Status: 200 (HTTP/2)\n"));
    }
}
