package dev.netbasics.staticserver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/** Writes one response: the status line and headers, then a body from memory or straight from a file. */
final class ResponseWriter {

    /** Files up to this size go out with their headers in one write; larger ones by FileChannel transfer. */
    static final int SMALL_FILE = 64 * 1024;

    private final SocketChannel channel;
    private final String protocol;
    private final StringBuilder head = new StringBuilder(512);

    ResponseWriter(SocketChannel channel, String protocol) {
        this.channel = channel;
        this.protocol = protocol;
    }

    ResponseWriter start(int status) {
        head.setLength(0);
        head.append(protocol).append(' ').append(status).append(' ').append(HttpStatus.phrase(status)).append("\r\n");
        return header("Server", FileServer.SERVER_NAME).header("Date", HttpDates.now());
    }

    ResponseWriter header(String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
        return this;
    }

    void send(byte[] body) throws IOException {
        ByteBuffer headBytes = endHead();
        if (body == null || body.length == 0) {
            writeFully(headBytes);
        } else {
            writeFully(headBytes, ByteBuffer.wrap(body));
        }
    }

    /** Sends {@code length} bytes of the file from {@code offset}, through the kernel when it can. */
    void sendFile(FileChannel file, long offset, long length) throws IOException {
        ByteBuffer headBytes = endHead();
        if (length <= SMALL_FILE) {
            ByteBuffer body = ByteBuffer.allocate((int) length);
            while (body.hasRemaining()) {
                if (file.read(body, offset + body.position()) < 0) {
                    throw new IOException("file shrank while being sent");
                }
            }
            writeFully(headBytes, body.flip());
            return;
        }
        writeFully(headBytes);
        transfer(file, offset, length);
    }

    /** Part of a multipart body: raw bytes, then a file range. */
    void sendPart(byte[] preamble, FileChannel file, long offset, long length) throws IOException {
        writeFully(ByteBuffer.wrap(preamble));
        transfer(file, offset, length);
    }

    void sendHeadOnly() throws IOException {
        writeFully(endHead());
    }

    void sendRaw(byte[] bytes) throws IOException {
        writeFully(ByteBuffer.wrap(bytes));
    }

    private void transfer(FileChannel file, long offset, long length) throws IOException {
        long sent = 0;
        while (sent < length) {
            long n = file.transferTo(offset + sent, length - sent, channel);
            if (n <= 0) {
                if (offset + sent >= file.size()) {
                    throw new IOException("file shrank while being sent");
                }
                continue;
            }
            sent += n;
        }
    }

    private ByteBuffer endHead() {
        head.append("\r\n");
        return ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private void writeFully(ByteBuffer... buffers) throws IOException {
        ByteBuffer last = buffers[buffers.length - 1];
        while (last.hasRemaining()) {
            channel.write(buffers);
        }
    }
}
