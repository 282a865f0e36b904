package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTTPS (--tls and its options) against clients nobody here wrote: curl, Python's ssl and http.client, openssl
 * s_client; and against raw sockets that stall a handshake or speak plain HTTP to the TLS port.
 */
class TlsIT {

    private static final int BIG = 8 * 1024 * 1024;

    @TempDir
    static Path dir;

    private static Path root;
    private static Path certificate;
    private static byte[] big;
    private static ServerProcess server;
    private static String certificateLine;

    @BeforeAll
    static void serve() throws Exception {
        root = Files.createDirectory(dir.resolve("site"));
        Files.writeString(root.resolve("hello.txt"), "hello\n");
        big = new byte[BIG];
        new Random(25).nextBytes(big);
        Files.write(root.resolve("big.bin"), big);
        certificate = dir.resolve("saved.pem");
        server = ServerProcess.serve(root, "--tls", "--tls-save-cert", certificate.toString());
        certificateLine = server.nextOutputLine();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void bannerSaysHttps() {
        assertEquals("Serving HTTPS on 127.0.0.1 port " + server.port + " (https://127.0.0.1:" + server.port
                + "/) ...", server.banner);
    }

    /** The line under the banner gives the SHA-256 fingerprint of the certificate served, as openssl prints it. */
    @Test
    void printedFingerprintIsOpensslsOfTheSavedCertificate() throws Exception {
        Prerequisites.requireCommand("openssl", "openssl", "version");
        String openssl = run("openssl", "x509", "-in", certificate.toString(), "-noout", "-fingerprint", "-sha256")
                .trim();
        assertEquals("TLS certificate (self-signed), SHA-256 fingerprint " + openssl.substring(openssl.indexOf('=') + 1),
                certificateLine);
    }

    /** The self-signed certificate names 127.0.0.1 and localhost: curl checks both with --cacert. */
    @ParameterizedTest
    @CsvSource({"127.0.0.1", "localhost"})
    void curlTrustsTheSavedCertificate(String host) throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        assertEquals("hello\n", run("curl", "-sSf", "--cacert", certificate.toString(),
                "https://" + host + ":" + server.port + "/hello.txt"));
    }

    /** Without --cacert curl refuses the self-signed certificate (its exit 60), and the server's log says why. */
    @Test
    void curlRefusesTheCertificateWithoutCacert() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        Process curl = new ProcessBuilder("curl", "-sS", server.url("/hello.txt")).start();
        curl.getInputStream().readAllBytes();
        assertEquals(60, curl.waitFor());
        assertTrue(server.logContaining("does not accept this server's certificate")
                .contains("the client does not accept this server's certificate"), server.logContaining(""));
    }

    /** curl's count of new connections per transfer over TLS: 1, then 0 for the kept-alive one. */
    @Test
    void curlKeepsTheTlsConnectionAlive() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        assertEquals("hello\n1\nhello\n0\n", run("curl", "-sSf", "--cacert", certificate.toString(), "-w",
                "%{num_connects}\\n", server.url("/hello.txt"), server.url("/hello.txt")));
    }

    /** Many records, and a socket that fills: the bytes arrive whole and in order. */
    @Test
    void curlGetsALargeFileIntact() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        Path copy = dir.resolve("copy.bin");
        run("curl", "-sSf", "--cacert", certificate.toString(), "--limit-rate", "4M", "-o", copy.toString(),
                server.url("/big.bin"));
        assertArrayEquals(big, Files.readAllBytes(copy));
    }

    @Test
    void curlGetsARangeOverTls() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        Process curl = new ProcessBuilder("curl", "-sSf", "--cacert", certificate.toString(), "-r", "1000-1999",
                server.url("/big.bin")).start();
        byte[] part = curl.getInputStream().readAllBytes();
        assertEquals(0, curl.waitFor());
        assertArrayEquals(java.util.Arrays.copyOfRange(big, 1000, 2000), part);
    }

    @Test
    void curlHeadOverTlsHasTheLengthAndNoBody() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        String head = run("curl", "-sSfI", "--cacert", certificate.toString(), server.url("/big.bin"));
        assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
        assertTrue(head.contains("\r\nContent-Length: " + BIG + "\r\n"), head);
        assertTrue(head.endsWith("\r\n\r\n"), head);
    }

    /** RFC 9112, 9.3.2: requests pipelined in one TLS record are answered in order on the one connection. */
    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (Socket socket = HttpsClient.trusting(certificate).connect(server.port)) {
            ServerProcess.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /big.bin HTTP/1.1\r\nHost: x\r\n\r\n" + "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertEquals("hello\n", RawResponse.read(in, false).text());
            assertEquals(Integer.toString(BIG), RawResponse.read(in, true).header("content-length"));
            assertEquals("hello\n", RawResponse.read(in, false).text());
        }
    }

    /** Python's ssl verifies against the saved certificate, negotiates http/1.1 by ALPN, and http.client reuses it. */
    @Test
    void pythonHttpClientFetchesTwiceOverOneVerifiedConnection() throws Exception {
        Prerequisites.requireExecutable(Path.of("/usr/bin/python3"), "python3");
        String script = """
                import http.client, ssl, sys
                context = ssl.create_default_context(cafile=sys.argv[1])
                context.set_alpn_protocols(["http/1.1"])
                connection = http.client.HTTPSConnection("127.0.0.1", int(sys.argv[2]), context=context)
                for _ in range(2):
                    connection.request("GET", "/hello.txt")
                    response = connection.getresponse()
                    sys.stdout.write("%d %r %s\\n" % (response.status, response.read(), connection.sock.selected_alpn_protocol()))
                print(connection.sock.version())
                """;
        String output = run("/usr/bin/python3", "-c", script, certificate.toString(), Integer.toString(server.port));
        assertEquals("200 b'hello\\n' http/1.1\n200 b'hello\\n' http/1.1\nTLSv1.3\n", output);
    }

    /** TLS 1.2 and 1.3 are offered, each with ALPN http/1.1 chosen (RFC 7301, 3.2). */
    @ParameterizedTest
    @CsvSource({"-tls1_2, TLSv1.2", "-tls1_3, TLSv1.3"})
    void opensslNegotiatesEachVersionWithAlpn(String option, String version) throws Exception {
        String session = sClient(option, "-alpn", "h2,http/1.1");
        assertTrue(session.contains("Protocol  : " + version) || session.contains("New, " + version), session);
        assertTrue(session.contains("ALPN protocol: http/1.1"), session);
        assertTrue(session.contains("Verify return code: 0 (ok)"), session);
    }

    /** TLS 1.1 is not offered (RFC 8996: MUST NOT negotiate it). */
    @Test
    void opensslTls11IsRefused() throws Exception {
        String session = sClient("-tls1_1");
        assertTrue(session.contains("no protocols available") || session.contains("alert protocol version")
                || session.contains("unsupported protocol") || session.contains("Cipher is (NONE)"), session);
    }

    /** RFC 7301, 3.2: a client offering only protocols not served SHALL get the no_application_protocol alert. */
    @Test
    void alpnWithoutHttp11GetsNoApplicationProtocol() throws Exception {
        String session = sClient("-alpn", "h2");
        assertTrue(session.contains("no application protocol"), session);
    }

    /**
     * Clients that stall their handshakes (a partial ClientHello, nothing at all) do not hold up another, and
     * meet --timeout as a slow request does.
     */
    @Test
    void stalledHandshakesDoNotHoldUpOthersAndMeetTheTimeout() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        try (ServerProcess timed = ServerProcess.serve(root, "-q", "--tls", "--timeout", "2")) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    Socket socket = timed.connect();
                    if (i % 2 == 0) {
                        socket.getOutputStream().write(new byte[] {22, 3, 1, 0, (byte) 200, 1});
                    }
                    stalled.add(socket);
                }
                long started = System.nanoTime();
                assertEquals("hello\n", run("curl", "-sSfk", "--max-time", "10", timed.url("/hello.txt")));
                assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "curl waited for the stalled");
                for (Socket socket : stalled) {
                    socket.setSoTimeout(10_000);
                    long waiting = System.nanoTime();
                    // The end of the stream, after an alert where the engine has begun.
                    socket.getInputStream().readAllBytes();
                    assertTrue(System.nanoTime() - waiting < TimeUnit.SECONDS.toNanos(5));
                }
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    /** As nginx: a plain HTTP request on the HTTPS port gets a 400 in clear text that names the https:// URL. */
    @Test
    void plainHttpOnTheTlsPortGetsA400NamingTheHttpsUrl() throws Exception {
        try (Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse answer = RawResponse.read(socket.getInputStream(), false);
            assertEquals("HTTP/1.1 400 Bad Request", answer.statusLine());
            assertEquals("close", answer.header("connection"));
            assertTrue(answer.text().contains("https://127.0.0.1:" + server.port + "/"), answer.text());
            assertEquals(-1, socket.getInputStream().read());
        }
    }

    /** --tls-cert and --tls-key: an RSA certificate made by openssl (the PEERS recipe), trusted by curl. */
    @Test
    void certificateAndKeyFromPemFilesAreServed() throws Exception {
        Prerequisites.requireCommand("openssl", "openssl", "version");
        Prerequisites.requireCommand("curl", "curl", "--version");
        Path cert = dir.resolve("c.pem");
        Path key = dir.resolve("k.pem");
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out",
                cert.toString(), "-days", "2", "-subj", "/CN=localhost", "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1");
        String fingerprint = run("openssl", "x509", "-in", cert.toString(), "-noout", "-fingerprint", "-sha256").trim();
        try (ServerProcess served = ServerProcess.serve(root, "--tls-cert", cert.toString(), "--tls-key",
                key.toString())) {
            assertEquals("TLS certificate " + cert + ", SHA-256 fingerprint "
                    + fingerprint.substring(fingerprint.indexOf('=') + 1), served.nextOutputLine());
            assertEquals("hello\n", run("curl", "-sSf", "--cacert", cert.toString(), served.url("/hello.txt")));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--tls-key|k.pem|--tls-key needs --tls-cert",
        "--tls-save-cert|c.pem|--tls-save-cert needs --tls or --tls-cert"})
    void tlsOptionsWithoutACertificateAreUsageErrors(String option, String file, String message) {
        PackagedTool.Result result = PackagedTool.of("-d", root.toString(), option, dir.resolve(file).toString(), "0")
                .run();
        assertEquals(2, result.status());
        assertEquals("Error: " + message + "\nTry 'static-server --help' for more information.\n", result.err());
    }

    private static String sClient(String... options) throws Exception {
        Prerequisites.requireCommand("openssl", "openssl", "version");
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + server.port,
                "-CAfile", certificate.toString()));
        command.addAll(List.of(options));
        Process openssl = new ProcessBuilder(command).redirectErrorStream(true).start();
        openssl.getOutputStream().close();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(openssl.waitFor(20, TimeUnit.SECONDS));
        return output;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return output;
    }
}
