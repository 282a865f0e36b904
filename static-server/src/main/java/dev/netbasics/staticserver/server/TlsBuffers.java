package dev.netbasics.staticserver.server;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLSession;

/**
 * An event loop's buffers for TLS records, shared by its connections, which take turns: one for the network
 * bytes read (room for two records, a partial one kept from before and a whole one), one for a record's
 * decrypted bytes, one for a record to send.
 */
final class TlsBuffers {

    final ByteBuffer netIn;
    final ByteBuffer appIn;
    final ByteBuffer netOut;

    TlsBuffers(SSLSession sizes) {
        netIn = ByteBuffer.allocate(2 * sizes.getPacketBufferSize());
        appIn = ByteBuffer.allocate(sizes.getApplicationBufferSize());
        netOut = ByteBuffer.allocate(sizes.getPacketBufferSize());
    }
}
