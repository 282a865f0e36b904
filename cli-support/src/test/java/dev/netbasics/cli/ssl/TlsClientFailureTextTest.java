package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a server's log says when a real client's handshake fails, read from the JDK's real failures. */
class TlsClientFailureTextTest {

    private SSLServerSocket listener;
    private CompletableFuture<Throwable> failure;

    @BeforeEach
    void listen() throws IOException {
        ServerIdentity identity = ServerIdentity.selfSigned(List.of("localhost"),
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

    @Test
    void aClientThatDistrustsTheCertificateIsNamed() throws Exception {
        try (SSLSocket client = (SSLSocket) TlsTrust.of(null, false).context().getSocketFactory()
                .createSocket(InetAddress.getByName("127.0.0.1"), listener.getLocalPort())) {
            assertThrows(SSLException.class, client::startHandshake);
            assertEquals("the client does not accept this server's certificate (certificate_unknown)",
                    TlsClientFailureText.describe(failure.get(30, TimeUnit.SECONDS)));
        }
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
