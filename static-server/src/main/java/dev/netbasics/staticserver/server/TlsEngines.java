package dev.netbasics.staticserver.server;

import dev.netbasics.cli.ssl.ServerIdentity;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * A server-side {@link SSLEngine} for each connection: TLS 1.3 and 1.2 only, and ALPN with {@code http/1.1}
 * (RFC 7301), the one protocol served; a client that offers ALPN without it gets the fatal
 * {@code no_application_protocol} alert that RFC 7301, 3.2 requires.
 */
final class TlsEngines {

    static final String HTTP_1_1 = "http/1.1";

    private final SSLContext context;

    TlsEngines(SSLContext context) {
        this.context = context;
    }

    SSLEngine create() {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(ServerIdentity.PROTOCOLS.toArray(String[]::new));
        parameters.setApplicationProtocols(new String[] {HTTP_1_1});
        engine.setSSLParameters(parameters);
        return engine;
    }

    /** Buffers for this loop's connections, sized for the largest record. */
    TlsBuffers buffers() {
        return new TlsBuffers(create().getSession());
    }
}
