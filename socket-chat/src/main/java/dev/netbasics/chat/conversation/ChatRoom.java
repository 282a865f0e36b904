package dev.netbasics.chat.conversation;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Connection;
import dev.netbasics.chat.socket.ConnectionSetup;
import dev.netbasics.chat.socket.Deadline;
import dev.netbasics.chat.socket.MessageReader;
import dev.netbasics.chat.socket.PeerNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Room mode: every client's lines go to every other client, prefixed with the sender; joins and leaves
 * are announced, and what is typed at the server console goes to all. Each client has a reader and a
 * writer virtual thread and a bounded queue between the room and its socket, so a client that stops
 * reading is disconnected when its queue fills instead of holding anyone else up. A TLS handshake runs on the
 * joining client's own thread, under the same timeout as its silence, so a slow one holds up nobody else.
 */
public final class ChatRoom {

    /** What may wait for one client before it counts as not reading: lines, and bytes. */
    static final int QUEUE_LINES = 16_384;
    static final long QUEUE_BYTES = 4L * 1024 * 1024;
    static final String SERVER_NAME = "server";
    /** How much one write to a client may gather from its queue. */
    private static final int BATCH_BYTES = 64 * 1024;

    private final ServerSocketChannel listener;
    private final ConnectionSetup setup;
    private final PrintWriter console;
    private final int maxLine;
    private final Duration timeout;
    private final Set<Member> members = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();

    public ChatRoom(ServerSocketChannel listener, ConnectionSetup setup, PrintWriter console, int maxLine,
            Duration timeout) {
        this.listener = listener;
        this.setup = setup;
        this.console = console;
        this.maxLine = maxLine;
        this.timeout = timeout;
    }

    /** Accepts clients until the listener is closed; the console speaks to all while input lasts. */
    public int run(UserInput input) throws IOException {
        Thread.ofVirtual().name("room-console").start(() -> speakFromConsole(input));
        while (listener.isOpen()) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                if (!listener.isOpen()) {
                    break;
                }
                throw e;
            }
            String name = PeerNames.label(channel.getRemoteAddress(), sequence.incrementAndGet());
            // A handshake waits for the client: on its own thread. A plain client joins at once, in the order it came.
            if (setup.isTls()) {
                Thread.ofVirtual().name("room-join").start(() -> join(channel, name));
            } else {
                join(channel, name);
            }
        }
        return 0;
    }

    private void join(SocketChannel channel, String name) {
        Connection connection;
        try {
            connection = setup.open(channel, timeout);
        } catch (IOException e) {
            log("Client " + name + " refused: " + TlsRefusal.describe(e, timeout));
            return;
        }
        String from;
        try {
            from = PeerNames.pythonTuple(connection.remoteAddress());
        } catch (IOException e) {
            connection.close();
            return;
        }
        Member member = new Member(connection, name);
        // In the room before the console says so: whoever reads the log may count on hearing what follows.
        members.add(member);
        log("Connection from: " + from);
        broadcast("* " + member.name + " joined", member);
        member.start();
    }

    private void speakFromConsole(UserInput input) {
        try {
            for (String line = input.line(); line != null; line = input.line()) {
                broadcast("[" + SERVER_NAME + "] " + line, null);
            }
        } catch (IOException e) {
            log("Console input failed: " + e.getMessage());
        }
    }

    /** Sends the line to everyone but its sender, encoded once for all. */
    private void broadcast(String line, Member sender) {
        byte[] framed = (line + "\n").getBytes(StandardCharsets.UTF_8);
        for (Member member : members) {
            if (member != sender) {
                member.send(framed);
            }
        }
    }

    private void leave(Member member, String why) {
        if (members.remove(member)) {
            log("* " + member.name + " left" + (why == null ? "" : " (" + why + ")"));
            broadcast("* " + member.name + " left", member);
        }
    }

    private void log(String line) {
        synchronized (console) {
            console.println(line);
            console.flush();
        }
    }

    private final class Member {
        private final Connection connection;
        private final String name;
        private final Outbox outbox = new Outbox(QUEUE_LINES, QUEUE_BYTES);
        private final AtomicBoolean leaving = new AtomicBoolean();

        Member(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        void start() {
            Thread.ofVirtual().name("room-writer").start(this::writeLines);
            Thread.ofVirtual().name("room-reader").start(this::readLines);
        }

        /** Queues a line; a full queue means the client is not reading, and it is let go. */
        void send(byte[] line) {
            if (!outbox.offer(line)) {
                disconnect("too slow: " + outbox.size() + " lines waiting");
            }
        }

        private void readLines() {
            MessageReader reader = new MessageReader(connection.input(), maxLine);
            String why = null;
            try {
                while (true) {
                    String line;
                    try (Deadline deadline = Deadline.after(timeout, connection.transport())) {
                        try {
                            line = reader.next();
                        } catch (IOException e) {
                            why = deadline.expired() ? "silent for " + timeout.toSeconds() + " s" : "connection lost";
                            break;
                        }
                    }
                    if (line == null) {
                        break;
                    }
                    String said = "[" + name + "] " + line;
                    log(said);
                    broadcast(said, this);
                    // Virtual threads are not preempted: a client that floods must let the writers run.
                    Thread.yield();
                }
            } catch (ChatException e) {
                why = e.getMessage();
            }
            disconnect(why);
        }

        /** Writes what waits, many lines to a write when many wait (a busy room), until the client leaves. */
        private void writeLines() {
            List<byte[]> batch = new ArrayList<>();
            OutputStream out = connection.output();
            try {
                for (int size = outbox.take(batch, BATCH_BYTES); size > 0; size = outbox.take(batch, BATCH_BYTES)) {
                    out.write(batch.size() == 1 ? batch.get(0) : concatenate(batch, size));
                    batch.clear();
                }
            } catch (IOException | InterruptedException e) {
                disconnect("connection lost");
            }
        }

        /** Closes the connection once; the first reason given is the one the room is told. */
        private void disconnect(String why) {
            if (leaving.compareAndSet(false, true)) {
                connection.close();
                outbox.close();
                leave(this, why);
            }
        }
    }

    private static byte[] concatenate(List<byte[]> lines, int size) {
        byte[] joined = new byte[size];
        int at = 0;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, joined, at, line.length);
            at += line.length;
        }
        return joined;
    }
}
