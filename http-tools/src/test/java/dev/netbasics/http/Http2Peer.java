package dev.netbasics.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Jetty as a real HTTP/2 server on loopback: in clear text it speaks HTTP/1.1 and upgrades to h2c when asked
 * (RFC 7540 §3.2), over TLS it offers h2 and http/1.1 by ALPN. Every answer is one line of text:
 * {@code PROTOCOL METHOD BODY}, the protocol the request came in, so a test sees which one was spoken; a query
 * {@code ?to=URL} redirects there instead (302).
 */
final class Http2Peer implements AfterEachCallback {

    private final Server server = new Server();
    private final ServerConnector clear;
    private final ServerConnector secure;

    Http2Peer(KeyStore keys) {
        HttpConfiguration plain = new HttpConfiguration();
        clear = new ServerConnector(server, new HttpConnectionFactory(plain), new HTTP2CServerConnectionFactory(plain));
        HttpConfiguration tls = new HttpConfiguration();
        tls.addCustomizer(new SecureRequestCustomizer(false));
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keys);
        ssl.setKeyStorePassword(PrivateCa.PASSWORD);
        HttpConnectionFactory http11 = new HttpConnectionFactory(tls);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(http11.getProtocol());
        secure = new ServerConnector(server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn,
                new HTTP2ServerConnectionFactory(tls), http11);
        for (ServerConnector connector : new ServerConnector[] {clear, secure}) {
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
        }
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String query = request.getHttpURI().getQuery();
                if (query != null && query.startsWith("to=")) {
                    response.setStatus(302);
                    response.getHeaders().put(HttpHeader.LOCATION,
                            URLDecoder.decode(query.substring("to=".length()), StandardCharsets.UTF_8));
                    callback.succeeded();
                    return true;
                }
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
                Content.Sink.write(response, true, request.getConnectionMetaData().getProtocol() + " "
                        + request.getMethod() + " " + body + "\n", callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String clearUrl(String path) {
        return "http://127.0.0.1:" + clear.getLocalPort() + path;
    }

    String secureUrl(String path) {
        return "https://127.0.0.1:" + secure.getLocalPort() + path;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        server.stop();
    }
}
