package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.http.client.HttpResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseOutputTest {

    private static final byte[] TEXT_THEN_BINARY = concat("readable text\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0x1b, '[', '2', 'J', (byte) 0xff});

    private static HttpResult result(String contentType, byte[] body) {
        return new HttpResult(URI.create("http://127.0.0.1/x"), "HTTP/1.1", 200, "OK",
                List.of(new HttpResult.Header("Content-Type", contentType)), new ByteArrayInputStream(body));
    }

    private static String onTerminal(String contentType, byte[] body) {
        StringWriter text = new StringWriter();
        ResponseOutput.writeBody(new PrintWriter(text, true), OutputStream.nullOutputStream(),
                result(contentType, body), true);
        return text.toString();
    }

    @Test
    void onATerminalBinaryDataGivesWayToANote() {
        assertEquals("readable text\n\n" + ResponseOutput.BINARY_NOTE + "\n",
                onTerminal("application/octet-stream", TEXT_THEN_BINARY));
    }

    @Test
    void onATerminalControlCharactersOfTheServerAreEscaped() {
        assertEquals("title\\x1b]0;owned\\x07 and \\x1b[2J cleared\n\tok\r\n",
                onTerminal("text/plain", "title\u001b]0;owned\u0007 and \u001b[2J cleared\n\tok\r\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void offATerminalEveryByteGoesThroughUndecoded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();
        ResponseOutput.writeBody(new PrintWriter(text, true), bytes, result("text/plain; charset=ISO-8859-1",
                TEXT_THEN_BINARY), false);
        assertArrayEquals(TEXT_THEN_BINARY, bytes.toByteArray());
        assertEquals("", text.toString());
    }

    @Test
    void utf16TextIsNotMistakenForBinary() {
        String text = "UTF-16 has NUL bytes in ASCII text\n";
        assertEquals(text, onTerminal("text/plain; charset=utf-16be", text.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void statusAndHeadersAreTheBooksLinesWithTheListOfTuplesGetheadersGives() {
        StringWriter text = new StringWriter();
        HttpResult result = new HttpResult(URI.create("http://127.0.0.1/x"), "HTTP/1.1", 200, "OK",
                List.of(new HttpResult.Header("Content-Type", "text/html"), new HttpResult.Header("Set-Cookie", "a=1"),
                        new HttpResult.Header("Set-Cookie", "it's")), new ByteArrayInputStream(new byte[0]));
        ResponseOutput.printStatusAndHeaders(new PrintWriter(text, true), result, false);
        assertEquals("Status: 200\nHeaders: [('Content-Type', 'text/html'), ('Set-Cookie', 'a=1'), "
                + "('Set-Cookie', \"it's\")]\n", text.toString());
    }

    @Test
    void withHttp2AskedForTheStatusLineSaysWhichVersionAnswered() {
        StringWriter text = new StringWriter();
        HttpResult result = new HttpResult(URI.create("https://127.0.0.1/x"), "HTTP/2", 204, "",
                List.of(), new ByteArrayInputStream(new byte[0]));
        ResponseOutput.printStatusAndHeaders(new PrintWriter(text, true), result, true);
        assertEquals("Status: 204 (HTTP/2)\nHeaders: []\n", text.toString());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
