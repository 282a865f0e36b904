package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a server's log says when a real client's handshake fails, read from the JDK's real failures. */
class TlsClientFailureTextTest {

    private ServerIdentity identity;
    private SSLServerSocket listener;
    private CompletableFuture<Throwable> failure;

    @BeforeEach
    void listen() throws IOException {
        identity = ServerIdentity.selfSigned(List.of("localhost"),
                List.of(InetAddress.getByName("127.0.0.1")));
        listener = (SSLServerSocket) identity.sslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        listener.setSoTimeout(30_000);
        failure = CompletableFuture.supplyAsync(() -> {
            try (SSLSocket accepted = (SSLSocket) listener.accept()) {
                accepted.setSoTimeout(30_000);
                accepted.startHandshake();
                return null;
            } catch (IOException e) {
                return e;
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void plainTextIsNamed() throws Exception {
        try (Socket plain = new Socket(InetAddress.getByName("127.0.0.1"), listener.getLocalPort())) {
            plain.getOutputStream().write("hello there\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("the client does not speak TLS (plain text on a TLS port?)",
                    TlsClientFailureText.describe(failure.get(30, TimeUnit.SECONDS)));
        }
    }

    /**
     * Over sockets, a client that refuses the certificate closes with the server's later records unread, so its
     * kernel may answer with a reset that overtakes its alert: two engines trading buffers show the server the
     * alert every time.
     */
    @Test
    void aClientThatDistrustsTheCertificateIsNamed() throws Exception {
        SSLEngine client = TlsTrust.of(null, false).context().createSSLEngine("localhost", 443);
        client.setUseClientMode(true);
        SSLEngine server = identity.sslContext().createSSLEngine();
        server.setUseClientMode(false);
        assertEquals("the client does not accept this server's certificate (certificate_unknown)",
                TlsClientFailureText.describe(serverFailure(client, server)));
    }

    /** Runs the handshake between the two engines until the server's side fails; that failure. */
    private static SSLException serverFailure(SSLEngine client, SSLEngine server) throws SSLException {
        int packet = client.getSession().getPacketBufferSize();
        ByteBuffer toServer = ByteBuffer.allocate(packet * 4);
        ByteBuffer toClient = ByteBuffer.allocate(packet * 4);
        ByteBuffer application = ByteBuffer.allocate(client.getSession().getApplicationBufferSize() * 2);
        ByteBuffer nothing = ByteBuffer.allocate(0);
        client.beginHandshake();
        server.beginHandshake();
        for (int round = 0; round < 100; round++) {
            step(client, nothing, toServer, toClient, application);
            try {
                step(server, nothing, toClient, toServer, application);
            } catch (SSLException failure) {
                return failure;
            }
        }
        throw new AssertionError("the server's handshake did not fail");
    }

    /** One turn of an engine: its delegated tasks, what it has to send, then what the peer sent it. */
    private static void step(SSLEngine engine, ByteBuffer nothing, ByteBuffer out, ByteBuffer in,
            ByteBuffer application) throws SSLException {
        for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
            task.run();
        }
        try {
            engine.wrap(nothing, out);
        } catch (SSLException sent) {
            // a client that refuses the certificate has failed; its alert is in `out` all the same
        }
        in.flip();
        try {
            engine.unwrap(in, application);
        } finally {
            in.compact();
        }
        application.clear();
    }

    @Test
    void aClientThatLeavesMidHandshakeIsNamed() throws Exception {
        try (Socket plain = new Socket(InetAddress.getByName("127.0.0.1"), listener.getLocalPort())) {
            plain.shutdownOutput();
            assertEquals("the client closed the connection during the TLS handshake",
                    TlsClientFailureText.describe(failure.get(30, TimeUnit.SECONDS)));
        }
    }
}
