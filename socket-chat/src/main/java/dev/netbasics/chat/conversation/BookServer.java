package dev.netbasics.chat.conversation;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Connection;
import dev.netbasics.chat.socket.ConnectionSetup;
import dev.netbasics.chat.socket.Deadline;
import dev.netbasics.chat.socket.MessageReader;
import dev.netbasics.chat.socket.PeerNames;
import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The book's server.py over a stream socket: one client at a time; each line it sends is printed, and the
 * user's typed line goes back as the answer. Ends when the client leaves, or serves the next with keep-open.
 */
public final class BookServer {

    private final ServerSocketChannel listener;
    private final ConnectionSetup setup;
    private final UserInput input;
    private final PrintWriter out;
    private final int maxLine;
    private final Duration timeout;

    public BookServer(ServerSocketChannel listener, ConnectionSetup setup, UserInput input, PrintWriter out, int maxLine,
            Duration timeout) {
        this.listener = listener;
        this.setup = setup;
        this.input = input;
        this.out = out;
        this.maxLine = maxLine;
        this.timeout = timeout;
    }

    /** Serves one client, or clients in turn while {@code keepOpen}; returns 0 when done. */
    public int run(boolean keepOpen) throws IOException {
        do {
            SocketChannel channel = nextClient();
            out.println("Connection from: " + PeerNames.pythonTuple(channel.getRemoteAddress()));
            out.flush();
            Connection connection = open(channel);
            if (connection != null && !converse(connection)) {
                return 0;
            }
        } while (keepOpen);
        return 0;
    }

    private SocketChannel nextClient() throws IOException {
        try (Deadline deadline = Deadline.after(timeout, listener)) {
            try {
                return listener.accept();
            } catch (IOException e) {
                if (deadline.expired()) {
                    throw new ChatException(ExitCode.TIMEOUT, "no client within " + timeout.toSeconds() + " s");
                }
                throw e;
            }
        }
    }

    /** The connection after its TLS handshake, if any; null, and the console told why, when the handshake failed. */
    private Connection open(SocketChannel channel) {
        try {
            return setup.open(channel, timeout);
        } catch (IOException e) {
            out.println("Client refused: " + TlsRefusal.describe(e, timeout));
            out.flush();
            return null;
        }
    }

    /** One conversation; false when the user's input has ended, so no further client can be answered. */
    private boolean converse(Connection connection) throws IOException {
        try {
            MessageReader reader = new MessageReader(connection.lockStepInput(), maxLine);
            OutputStream peer = connection.output();
            while (true) {
                String message;
                try (Deadline deadline = Deadline.after(timeout, connection.transport())) {
                    try {
                        message = reader.next();
                    } catch (IOException e) {
                        if (deadline.expired()) {
                            out.println("Client silent for " + timeout.toSeconds() + " s: closing the connection");
                            return true;
                        }
                        out.println("Client connection lost: " + e.getMessage());
                        return true;
                    } catch (ChatException e) {
                        out.println("Client refused: " + e.getMessage());
                        return true;
                    }
                }
                if (message == null) {
                    return true;
                }
                out.println("from connected user: " + message);
                String reply = input.prompt();
                if (reply == null) {
                    return false;
                }
                // Answered as it speaks: the book's client.py would print a newline it was sent as an empty line.
                String framed = reader.peerFramesLines() ? reply + "\n" : reply;
                try {
                    peer.write(framed.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    out.println("Client connection lost: " + e.getMessage());
                    return true;
                }
            }
        } finally {
            connection.finish();
            out.flush();
        }
    }
}
