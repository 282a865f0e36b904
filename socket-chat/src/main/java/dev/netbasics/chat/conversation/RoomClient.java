package dev.netbasics.chat.conversation;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.MessageReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/** A full-duplex client for room servers: typed lines go out, every line from the room is printed as it arrives. */
public final class RoomClient {

    private final SocketChannel connection;
    private final UserInput input;
    private final PrintWriter out;
    private final int maxLine;

    public RoomClient(SocketChannel connection, UserInput input, PrintWriter out, int maxLine) {
        this.connection = connection;
        this.input = input;
        this.out = out;
        this.maxLine = maxLine;
    }

    public int run() throws IOException, InterruptedException {
        Thread listener = Thread.ofVirtual().name("room-listener").start(this::printIncoming);
        try (connection) {
            OutputStream server = Channels.newOutputStream(connection);
            for (String line = input.line(); line != null && !UserInput.isBye(line); line = input.line()) {
                if (!listener.isAlive()) {
                    break;
                }
                server.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        listener.join();
        return 0;
    }

    private void printIncoming() {
        try {
            MessageReader reader = new MessageReader(Channels.newInputStream(connection), maxLine);
            for (String line = reader.next(); line != null; line = reader.next()) {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            }
        } catch (IOException | ChatException e) {
            // the connection ended: by us (bye) or by the server
        }
    }
}
