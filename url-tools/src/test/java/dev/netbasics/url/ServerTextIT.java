package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import dev.netbasics.cli.ScriptedHttpServer;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Where a server's text reaches the terminal (reason phrases, header values, redirect targets, bodies, the -v
 * trace), its control characters arrive as {@code \xNN}; and a server that stalls meets the timeout.
 */
class ServerTextIT {

    private static final String TITLE = "\u001b]0;owned\u0007";
    private static final String TITLE_ESCAPED = "\\x1b]0;owned\\x07";

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    @Test
    void theReasonPhraseOfAnHttpErrorIsEscaped() {
        server.answer("/x", "HTTP/1.1 404 Not " + TITLE + "Found\r\nContent-Length: 0\r\n\r\n");
        ToolRun run = ToolRun.run("read", server.url("/x"));
        assertEquals(ExitCode.HTTP_ERROR, run.status());
        assertEquals("Error: HTTP Error 404: Not " + TITLE_ESCAPED + "Found\n", run.err());
    }

    @Test
    void headerValuesAreEscaped() {
        server.answer("/x", "HTTP/1.1 200 OK\r\nX-Title: " + TITLE + "\r\nContent-Length: 0\r\n\r\n");
        ToolRun run = ToolRun.run("headers", server.url("/x"));
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.outText().startsWith("X-Title: " + TITLE_ESCAPED + "\nContent-Length: 0\n"), run.outText());
    }

    @Test
    void aRedirectTargetInAnErrorIsEscaped() {
        server.answer("/x", "HTTP/1.1 302 Found\r\nLocation: file:///" + TITLE + "\r\nContent-Length: 0\r\n\r\n");
        ToolRun run = ToolRun.run("read", server.url("/x"));
        assertEquals(ExitCode.HTTP_ERROR, run.status());
        assertTrue(run.err().contains("'file:///" + TITLE_ESCAPED + "'"), run.err());
    }

    @Test
    void theVerboseTraceShowsBothHeadsWithTheirControlsEscaped() {
        server.answer("/x", "HTTP/1.1 200 OK\r\nX-Title: " + TITLE + "\r\nContent-Length: 2\r\n\r\nok");
        ToolRun run = ToolRun.run("read", "-v", server.url("/x"));
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.err().contains("> GET /x HTTP/1.1\n> Host: 127.0.0.1:" + server.port() + "\n"), run.err());
        assertTrue(run.err().contains("< HTTP/1.1 200 OK\n< X-Title: " + TITLE_ESCAPED + "\n"), run.err());
        assertEquals("ok", run.outText());
    }

    @Test
    void aBodyOnATerminalHasItsControlsEscaped() {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "util-linux (script)");
        server.answer("/x", "HTTP/1.1 200 OK\r\nContent-Length: 21\r\n\r\nbefore" + TITLE + "after");
        PackagedTool.Result run = PackagedTool.of("read", server.url("/x")).runOnTerminal();
        String screen = run.outAsUtf8();
        assertEquals(0, run.status(), screen);
        assertTrue(screen.contains("before" + TITLE_ESCAPED + "after"), screen);
        assertFalse(screen.contains("\u001b"), screen);
    }

    @Test
    void robotsWarnsWithTheReasonPhraseEscaped() {
        server.answer("/robots.txt", "HTTP/1.1 503 Down " + TITLE + "\r\nContent-Length: 0\r\n\r\n");
        ToolRun run = ToolRun.run("robots", server.url("/robots.txt"), "/x");
        assertEquals(ExitCode.DISALLOWED, run.status(), run.toString());
        assertEquals("Warning: " + server.url("/robots.txt") + " answered 503 Down " + TITLE_ESCAPED
                + ": everything disallowed (RFC 9309: unreachable)\n", run.err());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.answer("/silent", (out, s) -> s.stall());
        long start = System.nanoTime();
        ToolRun run = ToolRun.run("read", "--timeout", "1", server.url("/silent"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15);
        assertEquals(ExitCode.TIMEOUT, run.status());
        assertEquals("Error: <urlopen error timed out>\n", run.err());
    }
}
