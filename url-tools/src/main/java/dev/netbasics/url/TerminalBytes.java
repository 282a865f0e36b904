package dev.netbasics.url;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A body on its way to a terminal: control bytes other than tab, LF and CR, and DEL, written as {@code \xNN}, so a
 * server's ESC sequences cannot set the window title, clear the screen or recolour it. Everything else, UTF-8
 * text included, goes through unchanged; a pipe or a file gets the bytes as they came.
 */
final class TerminalBytes extends FilterOutputStream {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    TerminalBytes(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                out.write(bytes, start, i - start);
                out.write(new byte[] {'\\', 'x', HEX[b >> 4], HEX[b & 0xf]});
                start = i + 1;
            }
        }
        out.write(bytes, start, offset + length - start);
    }
}
