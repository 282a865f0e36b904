package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import dev.netbasics.cli.ScriptedHttpServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every place where a server's text reaches the user's terminal: reason phrases, header values, redirect targets,
 * bodies and the -v trace. ESC and the other control characters arrive as {@code \xNN}, never raw, so a server
 * cannot set the window title, clear the screen or recolour it.
 */
class ServerTextIT {

    private static final String TITLE = "\u001b]0;owned\u0007";
    private static final String TITLE_ESCAPED = "\\x1b]0;owned\\x07";

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    @Test
    void theReasonPhraseOfAFailIsEscaped() {
        server.answer("/x", "HTTP/1.1 404 Not " + TITLE + "Found\r\nContent-Length: 0\r\n\r\n");
        PackagedTool.Result run = PackagedTool.of("get", "--fail", server.url("/x")).run();
        assertEquals(ExitCode.HTTP_ERROR, run.status());
        assertEquals("Error: the server answered 404 Not " + TITLE_ESCAPED + "Found for " + server.url("/x") + "\n",
                run.err());
    }

    @Test
    void headerValuesArePrintedAsPythonReprsEscapeThem() {
        server.answer("/x", "HTTP/1.1 200 OK\r\nX-Title: " + TITLE + "\r\nContent-Length: 0\r\n\r\n");
        PackagedTool.Result run = PackagedTool.of("get", server.url("/x")).run();
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().contains("('X-Title', '" + TITLE_ESCAPED + "')"), run.outAsUtf8());
        assertFalse(run.outAsUtf8().contains("\u001b"));
    }

    @Test
    void aRedirectTargetInAnErrorIsEscaped() {
        server.answer("/x", "HTTP/1.1 302 Found\r\nLocation: file:///" + TITLE + "\r\nContent-Length: 0\r\n\r\n");
        PackagedTool.Result run = PackagedTool.of("get", "-L", server.url("/x")).run();
        assertEquals(ExitCode.FAILURE, run.status());
        assertTrue(run.err().contains("'file:///" + TITLE_ESCAPED + "'"), run.err());
        assertFalse(run.err().contains("\u001b"));
    }

    @Test
    void theVerboseTraceShowsBothHeadsWithTheirControlsEscaped() {
        server.answer("/x", "HTTP/1.1 200 OK\r\nX-Title: " + TITLE + "\r\nContent-Length: 2\r\n\r\nok");
        PackagedTool.Result run = PackagedTool.of("get", "-v", "-i", server.url("/x")).run();
        assertEquals(0, run.status(), run.err());
        String trace = run.err();
        assertTrue(trace.contains("> GET /x HTTP/1.1\n> Host: 127.0.0.1:" + server.port() + "\n"), trace);
        assertTrue(trace.contains("< HTTP/1.1 200 OK\n< X-Title: " + TITLE_ESCAPED + "\n< Content-Length: 2\n< \n"),
                trace);
        assertFalse(trace.contains("\u001b"));
        assertTrue(run.outAsUtf8().endsWith("\n\nok"), "the trace is not on standard output: " + run.outAsUtf8());
    }

    @Test
    void aBodyOnATerminalHasItsControlsEscaped() {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "util-linux (script)");
        server.answer("/x", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 25\r\n\r\n"
                + "before" + TITLE + "\u001b[2Jafter");
        PackagedTool.Result run = PackagedTool.of("get", "-i", server.url("/x")).runOnTerminal();
        String screen = run.outAsUtf8();
        assertEquals(0, run.status(), screen);
        assertTrue(screen.contains("before" + TITLE_ESCAPED + "\\x1b[2Jafter"), screen);
        assertFalse(screen.contains("\u001b"), screen);
    }
}
