package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ScriptedHttpServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Redirects against scripted servers on loopback, the cases http-tools meets too, by urllib's rules where they are
 * its own (which statuses, how many, which schemes) and curl's for credentials (never to another host).
 */
class RedirectRulesIT {

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    @AutoClose
    final ScriptedHttpServer otherHost = ScriptedHttpServer.start();

    private static String redirect(int status, String location) {
        return "HTTP/1.1 " + status + " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
    }

    /** RFC 9110 §15.4: urllib quotes what a URI cannot hold, the raw bytes as %XX (so UTF-8 stays UTF-8). */
    @ParameterizedTest(name = "Location: {0}")
    @CsvSource(delimiter = '|', value = {
        "/a b?q=1 2          | GET /a%20b?q=1%202 HTTP/1.1",
        "/café               | GET /caf%C3%A9 HTTP/1.1",
        "/already%20encoded  | GET /already%20encoded HTTP/1.1",
        "../up/here          | GET /up/here HTTP/1.1",
        "next#fragment       | GET /dir/next HTTP/1.1",
    })
    void theLocationIsFollowedAsUrllibEncodesIt(String location, String expectedLine) {
        String raw = new String(location.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        server.answer("/dir/start", redirect(302, raw)).answer("/a%20b", OK).answer("/caf%C3%A9", OK)
                .answer("/already%20encoded", OK).answer("/up/here", OK).answer("/dir/next", OK);
        ToolRun run = ToolRun.run("read", server.url("/dir/start"));
        assertEquals(0, run.status(), run.toString());
        assertEquals("ok", run.outText());
        assertEquals(expectedLine, server.requests().get(1).lines().findFirst().orElseThrow());
    }

    /** Unlike urllib, and as curl: Authorization, Cookie and the URL's credentials stay behind. */
    @Test
    void credentialsStayBehindOnARedirectToAnotherHost() {
        server.answer("/start", redirect(302, otherHost.url("/landing")));
        otherHost.answer("/landing", OK);
        String url = server.url("/start").replace("http://", "http://user:secret@");
        ToolRun run = ToolRun.run("read", "-H", "Cookie: session=1", url);
        assertEquals(0, run.status(), run.toString());
        String first = server.requests().getFirst();
        assertTrue(first.contains("\r\nAuthorization: Basic dXNlcjpzZWNyZXQ=\r\n"), first);
        assertTrue(first.contains("\r\nCookie: session=1\r\n"), first);
        assertFalse(first.contains("user:secret"), "never in the request line: " + first);
        String second = otherHost.requests().getFirst();
        assertFalse(second.contains("Authorization") || second.contains("Cookie"), second);
    }
}
