package dev.netbasics.chat.conversation;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Connection;
import dev.netbasics.chat.socket.MessageReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A full-duplex client for room servers: typed lines go out, every line from the room is printed as it arrives. */
public final class RoomClient {

    private final Connection connection;
    private final UserInput input;
    private final PrintWriter out;
    private final int maxLine;

    public RoomClient(Connection connection, UserInput input, PrintWriter out, int maxLine) {
        this.connection = connection;
        this.input = input;
        this.out = out;
        this.maxLine = maxLine;
    }

    public int run() throws IOException, InterruptedException {
        Thread listener = Thread.ofVirtual().name("room-listener").start(this::printIncoming);
        try {
            OutputStream server = connection.output();
            for (String line = input.line(); line != null && !UserInput.isBye(line); line = input.line()) {
                if (!listener.isAlive()) {
                    break;
                }
                server.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            connection.finish();
        }
        listener.join();
        return 0;
    }

    private void printIncoming() {
        try {
            MessageReader reader = new MessageReader(connection.input(), maxLine);
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
