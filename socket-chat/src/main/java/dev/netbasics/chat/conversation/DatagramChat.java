package dev.netbasics.chat.conversation;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Deadline;
import dev.netbasics.chat.socket.PeerNames;
import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** The book's chat over UDP (SOCK_DGRAM): each line is one datagram, answers go back to the sender. */
public final class DatagramChat {

    /** The largest UDP payload over IPv4. */
    static final int MAX_DATAGRAM = 65_507;

    private DatagramChat() {
    }

    /** A channel bound to the address, for {@link #serve}. */
    public static DatagramChannel bind(SocketAddress address) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            return channel.bind(address);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Answers datagrams on the bound channel until the user's input ends or, with a timeout, until no datagram
     * comes for that long: an error before the first, the end of the conversation after it.
     */
    public static int serve(DatagramChannel channel, UserInput input, PrintWriter out, int maxLine, Duration timeout)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM + 1);
        Set<SocketAddress> seen = new HashSet<>();
        while (true) {
            buffer.clear();
            SocketAddress sender;
            try (Deadline deadline = Deadline.after(timeout, channel)) {
                try {
                    sender = channel.receive(buffer);
                } catch (IOException e) {
                    if (!deadline.expired()) {
                        throw e;
                    }
                    if (seen.isEmpty()) {
                        throw new ChatException(ExitCode.TIMEOUT, "no client within " + timeout.toSeconds() + " s");
                    }
                    out.println("Client silent for " + timeout.toSeconds() + " s: done");
                    out.flush();
                    return 0;
                }
            }
            buffer.flip();
            if (buffer.remaining() > maxLine) {
                out.println("Datagram of " + buffer.remaining() + " bytes from "
                        + PeerNames.pythonTuple(sender) + " refused: longer than " + maxLine);
                continue;
            }
            if (seen.add(sender)) {
                out.println("Connection from: " + PeerNames.pythonTuple(sender));
            }
            out.println("from connected user: " + text(buffer));
            String reply = input.prompt();
            if (reply == null) {
                return 0;
            }
            channel.send(ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)), sender);
            out.flush();
        }
    }

    public static int client(SocketAddress server, String description, UserInput input, PrintWriter out, int maxLine,
            Duration timeout) throws IOException {
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(server);
            ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM + 1);
            for (String line = input.prompt(); line != null && !UserInput.isBye(line); line = input.prompt()) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                if (bytes.length > MAX_DATAGRAM) {
                    throw new ChatException(ExitCode.USAGE, "line of " + bytes.length + " bytes does not fit in one datagram");
                }
                buffer.clear();
                try (Deadline deadline = Deadline.after(timeout, channel)) {
                    try {
                        channel.write(ByteBuffer.wrap(bytes));
                        channel.read(buffer);
                    } catch (PortUnreachableException e) {
                        throw new ChatException(ExitCode.UNREACHABLE, "nothing listens on " + description + " (connection refused)");
                    } catch (IOException e) {
                        throw deadline.expired()
                                ? new ChatException(ExitCode.TIMEOUT,
                                        "no answer from " + description + " within " + timeout.toSeconds() + " s")
                                : new ChatException(ExitCode.of(e), "cannot reach " + description + ": " + e.getMessage());
                    }
                }
                buffer.flip();
                if (buffer.remaining() > maxLine) {
                    throw new ChatException(ExitCode.PROTOCOL, "server sent a datagram longer than " + maxLine + " bytes; refused");
                }
                out.println("Received from server: " + text(buffer));
                out.flush();
            }
            return 0;
        }
    }

    private static String text(ByteBuffer buffer) {
        String text = StandardCharsets.UTF_8.decode(buffer).toString();
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
