package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --tls} against real TLS peers: ncat's {@code --ssl} both ways and in a room, Python's {@code ssl} as client
 * and server, and our own client against our server, trusting a saved certificate or refusing a wrong name.
 */
class TlsIT {

    /** Python's ssl client: prints the TLS version, sends a line, prints the answer line. */
    private static final String PYTHON_CLIENT = """
            import socket, ssl, sys
            port, cafile, name, version, line = sys.argv[1:6]
            context = ssl.create_default_context(cafile=cafile)
            if version == '1.2':
                context.maximum_version = ssl.TLSVersion.TLSv1_2
            with socket.create_connection(('127.0.0.1', int(port)), timeout=30) as raw:
                with context.wrap_socket(raw, server_hostname=name) as tls:
                    print(tls.version(), flush=True)
                    tls.sendall((line + '\\n').encode())
                    print(tls.makefile('rb').readline().decode().rstrip('\\n'), flush=True)
            """;
    /** Python's ssl server: prints its port, then the client's first line; answers, and waits for the end. */
    private static final String PYTHON_SERVER = """
            import socket, ssl, sys
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(sys.argv[1], sys.argv[2])
            listener = socket.create_server(('127.0.0.1', 0))
            print(listener.getsockname()[1], flush=True)
            connection, _ = listener.accept()
            with context.wrap_socket(connection, server_side=True) as tls:
                lines = tls.makefile('rb')
                print(lines.readline().decode().rstrip('\\n'), flush=True)
                tls.sendall(b'hello from python\\n')
                lines.readline()
            """;

    @TempDir
    Path dir;

    private static PackagedTool.Result client(String typed, String... args) {
        List<String> command = new ArrayList<>(List.of("client"));
        command.addAll(List.of(args));
        return PackagedTool.of(command.toArray(String[]::new)).input(typed.getBytes(StandardCharsets.UTF_8)).run();
    }

    /** An openssl certificate and key (EC P-256) for the names given, as key.pem and cert.pem. */
    private void opensslCertificate(String subjectAltNames) throws Exception {
        Peers.requireOpenSsl();
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "2", "-subj",
                "/CN=chat test", "-addext", "subjectAltName=" + subjectAltNames).directory(dir.toFile())
                .redirectErrorStream(true).start();
        openssl.getInputStream().readAllBytes();
        assertTrue(openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0, "openssl made a certificate");
    }

    @Test
    void anNcatSslClientChatsWithOurServer() throws Exception {
        Peers.requireNcat();
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--tls", "127.0.0.1", "0"));
                LiveProcess ncat = LiveProcess.start(List.of("ncat", "--ssl", "127.0.0.1",
                        Integer.toString(server.port())))) {
            assertTrue(server.nextLine().matches("Connection from: \\('127\\.0\\.0\\.1', \\d+\\)"));
            ncat.type("hello over TLS ✓");
            assertEquals("from connected user: hello over TLS ✓", server.nextLine());
            server.type("answered over TLS");
            assertEquals("answered over TLS", ncat.nextLine());
        }
    }

    @Test
    void ourClientChatsWithNcatSslListeningWithK() throws Exception {
        Peers.requireNcat();
        String port = Integer.toString(Peers.freePort());
        try (LiveProcess ncat = LiveProcess.start(List.of("ncat", "-v", "-l", "--ssl", "127.0.0.1", port))) {
            ncat.nextError(line -> line.contains("Listening on"));
            try (LiveProcess client = LiveProcess.start(PackagedTool.of("client", "--tls", "-k", "127.0.0.1", port))) {
                client.type("hi ncat");
                assertEquals("hi ncat", ncat.nextLine());
                ncat.type("hi back");
                assertEquals("Received from server: hi back", client.nextLine());
                client.type("bye");
                assertEquals(0, client.exitStatus());
                assertEquals("", client.remainingErrors());
            }
        }
    }

    /** ncat's throwaway certificate is signed by nobody the JDK trusts: curl's answer, exit 35, in words. */
    @Test
    void ourClientRefusesNcatsCertificateWithoutK() throws Exception {
        Peers.requireNcat();
        String port = Integer.toString(Peers.freePort());
        try (LiveProcess ncat = LiveProcess.start(List.of("ncat", "-v", "-l", "--ssl", "127.0.0.1", port))) {
            ncat.nextError(line -> line.contains("Listening on"));
            PackagedTool.Result client = client("hi\n", "--tls", "127.0.0.1", port);
            assertEquals(ExitCode.TLS, client.status());
            assertEquals("Error: the server's certificate is not trusted (no trusted CA signed it); trust its CA with"
                    + " --cacert FILE, or use -k to skip the check\n", client.err());
        }
    }

    @Test
    void ncatSslClientsChatInOurTlsRoom() throws Exception {
        Peers.requireNcat();
        try (LiveProcess room = LiveProcess.server(PackagedTool.of("server", "--room", "--tls", "127.0.0.1", "0"))) {
            String port = Integer.toString(room.port());
            try (LiveProcess alice = LiveProcess.start(List.of("ncat", "--ssl", "127.0.0.1", port))) {
                room.nextLine(line -> line.startsWith("Connection from: "));
                try (LiveProcess bob = LiveProcess.start(List.of("ncat", "--ssl", "127.0.0.1", port))) {
                    room.nextLine(line -> line.startsWith("Connection from: "));
                    alice.type("hello room");
                    assertTrue(bob.nextLine(line -> line.startsWith("[")).matches("\\[127\\.0\\.0\\.1:\\d+\\] hello room"));
                    room.type("the console speaks");
                    assertEquals("[server] the console speaks", alice.nextLine(line -> line.startsWith("[server]")));
                }
            }
        }
    }

    @Test
    void ourRoomClientsChatThroughNcatsSslBroker() throws Exception {
        Peers.requireNcat();
        String port = Integer.toString(Peers.freePort());
        try (LiveProcess broker = LiveProcess.start(List.of("ncat", "-v", "-l", "--ssl", "--chat", "127.0.0.1",
                port))) {
            broker.nextError(line -> line.contains("Listening on"));
            try (LiveProcess alice = LiveProcess.start(PackagedTool.of("client", "--room", "--tls", "-k", "127.0.0.1",
                    port));
                    LiveProcess bob = LiveProcess.start(PackagedTool.of("client", "--room", "--tls", "-k", "127.0.0.1",
                            port))) {
                alice.nextLine(line -> line.startsWith("<announce> 127.0.0.1 is connected as "));
                bob.nextLine(line -> line.startsWith("<announce> already connected: "));
                alice.type("hello over the broker");
                assertTrue(bob.nextLine(line -> !line.startsWith("<announce>")).matches("<user\\d+> hello over the broker"));
                alice.type("bye");
                assertEquals(0, alice.exitStatus());
                assertEquals("", alice.remainingErrors());
            }
        }
    }

    /** A client that never says hello in TLS gets the silent client's timeout, and nobody waits for it. */
    @Test
    void aSilentHandshakeHoldsUpNobodyAndTimesOut() throws Exception {
        Peers.requireNcat();
        try (LiveProcess room = LiveProcess.server(PackagedTool.of("server", "--room", "--tls", "--timeout", "5",
                "127.0.0.1", "0"));
                Socket silent = new Socket(InetAddress.getLoopbackAddress(), room.port())) {
            silent.setSoTimeout(30_000);
            String port = Integer.toString(room.port());
            try (LiveProcess alice = LiveProcess.start(List.of("ncat", "--ssl", "127.0.0.1", port));
                    LiveProcess bob = LiveProcess.start(List.of("ncat", "--ssl", "127.0.0.1", port))) {
                // Both join while the silent one still handshakes: its refusal comes after them on the console.
                for (int joined = 0; joined < 2; joined++) {
                    assertTrue(room.nextLine(line -> line.startsWith("Connection from: ") || line.startsWith("Client "))
                            .startsWith("Connection from: "), "joined before the silent client's timeout");
                }
                alice.type("not held up");
                assertTrue(bob.nextLine(line -> line.startsWith("[")).endsWith("] not held up"));
            }
            assertEquals("Client 127.0.0.1:" + silent.getLocalPort() + " refused: silent for 5 s during the TLS"
                    + " handshake", room.nextLine(line -> line.startsWith("Client ")));
            assertEquals(-1, silent.getInputStream().read(), "the room closed the silent connection");
        }
    }

    @Test
    void plainTextOnOurTlsPortIsNamedAndLetGo() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--tls", "--keep-open", "127.0.0.1",
                "0"));
                Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            plain.setSoTimeout(30_000);
            plain.getOutputStream().write("hello in plain text\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("Client refused: the client does not speak TLS (plain text on a TLS port?)",
                    server.nextLine(line -> line.startsWith("Client ")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.3", "1.2"})
    void pythonsSslClientTrustsTheSavedCertificate(String version) throws Exception {
        Peers.requirePython();
        Path saved = dir.resolve("saved.pem");
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--tls", "--tls-save-cert",
                saved.toString(), "127.0.0.1", "0"));
                LiveProcess python = LiveProcess.start(List.of(Peers.PYTHON, "-c", PYTHON_CLIENT,
                        Integer.toString(server.port()), saved.toString(), "localhost", version, "from python"))) {
            assertEquals("TLSv" + version, python.nextLine());
            assertEquals("from connected user: from python", server.nextLine(line -> line.startsWith("from ")));
            server.type("to python");
            assertEquals("to python", python.nextLine());
            assertEquals(0, python.exitStatus());
        }
    }

    @Test
    void ourClientVerifiesPythonsSslServerWithCacert() throws Exception {
        Peers.requirePython();
        opensslCertificate("DNS:localhost,IP:127.0.0.1");
        try (LiveProcess python = LiveProcess.start(List.of(Peers.PYTHON, "-c", PYTHON_SERVER,
                dir.resolve("cert.pem").toString(), dir.resolve("key.pem").toString()))) {
            String port = python.nextLine();
            PackagedTool.Result client = client("hi python\nbye\n", "--tls", "--cacert",
                    dir.resolve("cert.pem").toString(), "127.0.0.1", port);
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: hello from python\n", client.outAsUtf8());
            assertEquals("hi python", python.nextLine());
            assertEquals(0, python.exitStatus());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void ourClientTrustsOurServersSavedCertificate(String host) throws Exception {
        Path saved = dir.resolve("saved.pem");
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--tls", "--tls-save-cert",
                saved.toString(), "127.0.0.1", "0"))) {
            server.type("trusted");
            PackagedTool.Result client = client("hello\n", "--tls", "--cacert", saved.toString(), host,
                    Integer.toString(server.port()));
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: trusted\n", client.outAsUtf8());
        }
    }

    @Test
    void ourClientRefusesACertificateForAnotherName() throws Exception {
        opensslCertificate("DNS:other.example");
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--tls-cert",
                dir.resolve("cert.pem").toString(), "--tls-key", dir.resolve("key.pem").toString(), "127.0.0.1",
                "0"))) {
            PackagedTool.Result client = client("hello\n", "--tls", "--cacert", dir.resolve("cert.pem").toString(),
                    "127.0.0.1", Integer.toString(server.port()));
            assertEquals(ExitCode.TLS, client.status());
            assertEquals("Error: the server's certificate is not for 127.0.0.1 (wrong host name); use a name the"
                    + " certificate has, or -k to skip the check\n", client.err());
        }
    }

    @Test
    void theFingerprintIsTheOneOpensslPrintsForTheSavedCertificate() throws Exception {
        Peers.requireOpenSsl();
        Path saved = dir.resolve("saved.pem");
        try (LiveProcess server = LiveProcess.start(PackagedTool.of("server", "--tls", "--tls-save-cert",
                saved.toString(), "127.0.0.1", "0"))) {
            String told = server.nextError(line -> line.startsWith("TLS certificate"));
            Process openssl = new ProcessBuilder("openssl", "x509", "-in", saved.toString(), "-noout", "-fingerprint",
                    "-sha256").start();
            String printed = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            assertTrue(openssl.waitFor(30, TimeUnit.SECONDS));
            assertEquals("TLS certificate (self-signed), SHA-256 fingerprint "
                    + printed.substring("sha256 Fingerprint=".length()), told);
        }
    }

    @Test
    void anEncryptedKeyIsAUsageError() throws Exception {
        opensslCertificate("DNS:localhost");
        Process encrypt = new ProcessBuilder("openssl", "pkey", "-in", "key.pem", "-aes-128-cbc", "-passout",
                "pass:secret", "-out", "encrypted.pem").directory(dir.toFile()).redirectErrorStream(true).start();
        encrypt.getInputStream().readAllBytes();
        assertTrue(encrypt.waitFor(30, TimeUnit.SECONDS) && encrypt.exitValue() == 0);
        Path key = dir.resolve("encrypted.pem");
        PackagedTool.Result server = PackagedTool.of("server", "--tls-cert", dir.resolve("cert.pem").toString(),
                "--tls-key", key.toString(), "127.0.0.1", "0").run();
        assertEquals(ExitCode.USAGE, server.status());
        assertEquals("Error: the private key in " + key + " is encrypted; decrypt it first (openssl pkey -in " + key
                + " -out PLAIN.pem)\n", server.err());
    }
}
