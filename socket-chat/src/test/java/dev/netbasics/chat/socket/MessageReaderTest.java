package dev.netbasics.chat.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageReaderTest {

    /** Hands out one byte per read, so every multi-byte character crosses a read boundary. */
    private static InputStream trickle(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void multiByteCharactersSurviveAnySplit() throws IOException {
        MessageReader reader = new MessageReader(trickle("grüße 😀 naïve\r\nзвезда ✓\n"), 1024);
        assertEquals("grüße 😀 naïve", reader.next());
        assertEquals("звезда ✓", reader.next());
        assertNull(reader.next());
    }

    @Test
    void longLinesAreRefusedNotBuffered() {
        MessageReader reader = new MessageReader(new ByteArrayInputStream(new byte[100_000]), 65_536);
        ChatException refused = assertThrows(ChatException.class, reader::next);
        assertTrue(refused.getMessage().contains("longer than 65536 bytes"), refused.getMessage());
    }

    @Test
    void aLongLineIsRefusedEvenWhenItArrivesWholeWithItsNewline() {
        byte[] line = ("y".repeat(1001) + "\n").getBytes(StandardCharsets.US_ASCII);
        ChatException refused = assertThrows(ChatException.class,
                () -> new MessageReader(new ByteArrayInputStream(line), 1000).next());
        assertTrue(refused.getMessage().contains("longer than 1000 bytes"), refused.getMessage());
    }

    @Test
    void lineAtTheLimitIsAccepted() throws IOException {
        String line = "x".repeat(1000);
        assertEquals(line, new MessageReader(new ByteArrayInputStream((line + "\n").getBytes()), 1000).next());
    }

    @Test
    void aBookPeerThatSendsWithoutNewlinesIsUnderstood() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(in);
        MessageReader reader = new MessageReader(in, 1024);
        out.write("hello from the book".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("hello from the book", reader.next());
        out.write("second".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("second", reader.next());
        out.close();
        assertNull(reader.next());
    }

    @Test
    void anUnframedMessageNeverEndsInsideACharacter() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(in);
        MessageReader reader = new MessageReader(in, 1024);
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        out.write("price: ".getBytes(StandardCharsets.UTF_8));
        out.write(euro, 0, 1);
        out.flush();
        assertEquals("price: ", reader.next());
        out.write(euro, 1, 2);
        out.close();
        assertEquals("€", reader.next());
    }

    @Test
    void aFinalLineWithoutNewlineIsDelivered() throws IOException {
        MessageReader reader = new MessageReader(new ByteArrayInputStream("one\ntwo".getBytes()), 100);
        assertEquals("one", reader.next());
        assertEquals("two", reader.next());
        assertNull(reader.next());
    }
}
