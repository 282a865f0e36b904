package dev.netbasics.chat.conversation;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Connection;
import dev.netbasics.chat.socket.Deadline;
import dev.netbasics.chat.socket.MessageReader;
import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The book's client.py over a stream socket: send a typed line, print the server's answer, until
 * {@code bye} (any case, spaces ignored) or the end of input.
 */
public final class BookClient {

    private final Connection connection;
    private final UserInput input;
    private final PrintWriter out;
    private final int maxLine;
    private final Duration timeout;

    public BookClient(Connection connection, UserInput input, PrintWriter out, int maxLine, Duration timeout) {
        this.connection = connection;
        this.input = input;
        this.out = out;
        this.maxLine = maxLine;
        this.timeout = timeout;
    }

    public int run() throws IOException {
        try {
            MessageReader reader = new MessageReader(connection.lockStepInput(), maxLine);
            OutputStream server = connection.output();
            for (String line = input.prompt(); line != null && !UserInput.isBye(line); line = input.prompt()) {
                try {
                    server.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ChatException(ExitCode.FAILURE, "server connection lost: " + e.getMessage());
                }
                String reply;
                try (Deadline deadline = Deadline.after(timeout, connection.transport())) {
                    try {
                        reply = reader.next();
                    } catch (IOException e) {
                        throw deadline.expired()
                                ? new ChatException(ExitCode.TIMEOUT,
                                        "no answer from the server within " + timeout.toSeconds() + " s")
                                : new ChatException(ExitCode.FAILURE, "server connection lost: " + e.getMessage());
                    }
                }
                if (reply == null) {
                    throw new ChatException(ExitCode.FAILURE, "the server closed the connection");
                }
                out.println("Received from server: " + reply);
                out.flush();
            }
            return 0;
        } finally {
            connection.finish();
        }
    }
}
