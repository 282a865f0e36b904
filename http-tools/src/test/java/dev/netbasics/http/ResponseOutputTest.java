package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.http.client.HttpResult;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseOutputTest {

    private static final byte[] TEXT_THEN_BINARY = concat("readable text\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0x1b, '[', '2', 'J'});

    private static String print(String contentType, byte[] body, boolean terminal) {
        StringWriter text = new StringWriter();
        HttpResult result = new HttpResult(URI.create("http://127.0.0.1/x"), "HTTP/1.1", 200, "OK",
                List.of(new HttpResult.Header("Content-Type", contentType)), new ByteArrayInputStream(body));
        ResponseOutput.printText(new PrintWriter(text, true), result, terminal);
        return text.toString();
    }

    @Test
    void onATerminalBinaryDataGivesWayToANote() {
        assertEquals("readable text\n\n" + ResponseOutput.BINARY_NOTE + "\n",
                print("application/octet-stream", TEXT_THEN_BINARY, true));
    }

    @Test
    void offATerminalEveryByteGoesThrough() {
        assertEquals(new String(TEXT_THEN_BINARY, StandardCharsets.UTF_8),
                print("application/octet-stream", TEXT_THEN_BINARY, false));
    }

    @Test
    void utf16TextIsNotMistakenForBinary() {
        String text = "UTF-16 has NUL bytes in ASCII text\n";
        assertEquals(text, print("text/plain; charset=utf-16be", text.getBytes(StandardCharsets.UTF_16BE), true));
    }

    @Test
    void statusAndHeadersAreTheBooksLinesWithTheListOfTuplesGetheadersGives() {
        StringWriter text = new StringWriter();
        HttpResult result = new HttpResult(URI.create("http://127.0.0.1/x"), "HTTP/1.1", 200, "OK",
                List.of(new HttpResult.Header("Content-Type", "text/html"), new HttpResult.Header("Set-Cookie", "a=1"),
                        new HttpResult.Header("Set-Cookie", "it's")), new ByteArrayInputStream(new byte[0]));
        ResponseOutput.printStatusAndHeaders(new PrintWriter(text, true), result);
        assertEquals("Status: 200\nHeaders: [('Content-Type', 'text/html'), ('Set-Cookie', 'a=1'), "
                + "('Set-Cookie', \"it's\")]\n", text.toString());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
