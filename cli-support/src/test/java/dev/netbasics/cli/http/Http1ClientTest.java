package dev.netbasics.cli.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.HostileHttpAnswers;
import dev.netbasics.cli.ScriptedHttpServer;
import dev.netbasics.cli.ssl.TlsTrust;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The client in-process against the scripted server: the battery, the request it writes, its limits. */
class Http1ClientTest {

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    private final Http1Client client = new Http1Client(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ZERO,
            TlsTrust.of(null, false), WireTrace.silent());

    private Http1Response get(String path, List<HttpField> fields) throws IOException {
        return client.exchange(new Http1Request("GET", URI.create(server.url(path)), fields, null), Proxy.NO_PROXY);
    }

    private static byte[] readAll(Http1Response response) throws IOException {
        try (InputStream body = response.body()) {
            return body.readAllBytes();
        }
    }

    static Stream<HostileHttpAnswers.Refused> refused() {
        return HostileHttpAnswers.refused();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aBrokenAnswerIsRefusedWithItsExitCode(HostileHttpAnswers.Refused refused) {
        server.answer("/x", refused.bytes());
        HttpPeerException failure = assertThrows(HttpPeerException.class, () -> readAll(get("/x", List.of())));
        assertEquals(refused.exitCode(), failure.exitCode(), failure.getMessage());
        assertTrue(failure.getMessage().contains(refused.error()), failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.netbasics.cli.HostileHttpAnswers#taken")
    void aValidAnswerIsTaken(HostileHttpAnswers.Taken taken) throws IOException {
        server.answer("/x", taken.bytes());
        assertArrayEquals(taken.bodyBytes(), readAll(get("/x", List.of())));
    }

    @Test
    void theRequestHeadIsHostThenTheFieldsInOrder() throws IOException {
        server.answer("/x", "HTTP/1.1 204 No Content\r\n\r\n");
        readAll(client.exchange(new Http1Request("POST", URI.create(server.url("/x?q=a%20b")),
                List.of(new HttpField("User-Agent", "t/1"), new HttpField("Accept", "*/*")),
                "body".getBytes(StandardCharsets.US_ASCII)), Proxy.NO_PROXY));
        assertEquals("POST /x?q=a%20b HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nUser-Agent: t/1\r\n"
                + "Accept: */*\r\nContent-Length: 4\r\n\r\n", server.requests().getFirst());
    }

    @Test
    void theAnswerKeepsNamesAsWrittenInReceivedOrder() throws IOException {
        server.answer("/x", "HTTP/1.1 200 Fine\r\nX-b: 2\r\nset-COOKIE: a\r\nSet-Cookie: b\r\nContent-Length: 0\r\n\r\n");
        Http1Response response = get("/x", List.of());
        assertEquals("HTTP/1.1", response.version());
        assertEquals("Fine", response.reason());
        assertEquals(List.of(new HttpField("X-b", "2"), new HttpField("set-COOKIE", "a"),
                new HttpField("Set-Cookie", "b"), new HttpField("Content-Length", "0")), response.fields());
    }

    @Test
    void headerBytesBeyondAsciiAreReadAsIso88591() throws IOException {
        server.answer("/x", "HTTP/1.1 200 OK\r\nX-Name: caf\u00c3\u00a9\r\nContent-Length: 0\r\n\r\n");
        assertEquals("caf\u00c3\u00a9", get("/x", List.of()).field("x-name"));
    }

    @Test
    void aHeadAnswerHasNoBodyWhateverItsLength() throws IOException {
        server.answer("/x", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
        Http1Response response = client.exchange(new Http1Request("HEAD", URI.create(server.url("/x")), List.of(),
                null), Proxy.NO_PROXY);
        assertArrayEquals(new byte[0], readAll(response));
    }

    @Test
    void aStalledAnswerMeetsTheReadTimeout() {
        server.answer("/x", (out, s) -> s.stall());
        Http1Client impatient = new Http1Client(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ZERO,
                TlsTrust.of(null, false), WireTrace.silent());
        assertThrows(SocketTimeoutException.class, () -> impatient.exchange(new Http1Request("GET",
                URI.create(server.url("/x")), List.of(), null), Proxy.NO_PROXY));
    }

    @Test
    void aTrickleMeetsTheWholeExchangeLimit() {
        server.answer("/x", (out, s) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write('.');
                out.flush();
                Thread.sleep(50);
            }
        });
        Http1Client limited = new Http1Client(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(700),
                TlsTrust.of(null, false), WireTrace.silent());
        assertThrows(SocketTimeoutException.class, () -> readAll(limited.exchange(new Http1Request("GET",
                URI.create(server.url("/x")), List.of(), null), Proxy.NO_PROXY)));
    }

    @Test
    void theTraceShowsTheHeadsWithPrefixesAndEscapes() throws IOException {
        server.answer("/x", "HTTP/1.1 200 OK\r\nX-A: \u001b[2J\r\nContent-Length: 0\r\n\r\n");
        StringWriter trace = new StringWriter();
        Http1Client traced = new Http1Client(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ZERO,
                TlsTrust.of(null, false), WireTrace.to(new PrintWriter(trace)));
        readAll(traced.exchange(new Http1Request("GET", URI.create(server.url("/x")), List.of(), null),
                Proxy.NO_PROXY));
        assertEquals("* Connected to 127.0.0.1 (127.0.0.1) port " + server.port() + "\n"
                + "> GET /x HTTP/1.1\n> Host: 127.0.0.1:" + server.port() + "\n> \n"
                + "< HTTP/1.1 200 OK\n< X-A: \\x1b[2J\n< Content-Length: 0\n< \n", trace.toString());
    }

    @Test
    void aRequestHeadWithAControlCharacterIsNeverWritten() {
        assertThrows(IllegalArgumentException.class, () -> get("/x", List.of(new HttpField("X-A", "1\r\nX-B: 2"))));
        assertTrue(server.requests().isEmpty(), server.requests().toString());
    }

    @Test
    void flooding1xxAnswersIsAFailureNotAStackOverflow() {
        server.answer("/x", "HTTP/1.1 102 Processing\r\n\r\n".repeat(Http1Client.MAX_INTERIM_ANSWERS + 1)
                + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        HttpPeerException failure = assertThrows(HttpPeerException.class, () -> get("/x", List.of()));
        assertEquals(ExitCode.FAILURE, failure.exitCode());
    }
}
