package dev.netbasics.chat.conversation;

import static dev.netbasics.chat.conversation.ChatTestSupport.typed;
import static dev.netbasics.chat.conversation.ChatTestSupport.typedAtTerminal;
import static dev.netbasics.chat.conversation.ChatTestSupport.writer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.netbasics.cli.Prerequisites;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Connection;
import dev.netbasics.chat.socket.ConnectionSetup;
import dev.netbasics.chat.socket.StreamEndpoint;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book's conversation end to end, over TCP (IPv4 and IPv6), Unix sockets and UDP. */
class BookChatTest {

    private static final Duration NO_TIMEOUT = Duration.ZERO;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private ServerSocketChannel listener;

    @AfterEach
    void stop() throws Exception {
        StreamEndpoint.closeQuietly(listener);
        threads.shutdownNow();
    }

    private Future<Integer> server(SocketAddress address, String answers, StringWriter out, boolean keepOpen)
            throws Exception {
        listener = StreamEndpoint.listen(address, 2);
        ServerSocketChannel bound = listener;
        return threads.submit(() -> new BookServer(bound, ConnectionSetup.PLAIN, typed(answers, out), writer(out), 65_536, NO_TIMEOUT)
                .run(keepOpen));
    }

    private static String client(SocketAddress address, String lines) throws Exception {
        StringWriter out = new StringWriter();
        SocketChannel connection = StreamEndpoint.connect(address, Duration.ofSeconds(5), "test server");
        assertEquals(0, new BookClient(Connection.plain(connection), typed(lines, out), writer(out), 65_536, Duration.ofSeconds(10)).run());
        return out.toString();
    }

    private static SocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Test
    void bookConversation() throws Exception {
        StringWriter serverOut = new StringWriter();
        Future<Integer> server = server(loopback(), "Hi there\nFine, thanks\n", serverOut, false);
        String clientOut = client(listener.getLocalAddress(), "Hello\nHow are you?\n  ByE \nnever sent\n");
        assertEquals("Received from server: Hi there\nReceived from server: Fine, thanks\n", clientOut);
        assertEquals(0, server.get(10, TimeUnit.SECONDS));
        String[] lines = serverOut.toString().split("\n");
        assertTrue(lines[0].matches("Connection from: \\('127\\.0\\.0\\.1', \\d+\\)"), lines[0]);
        assertEquals("from connected user: Hello", lines[1]);
        assertEquals("from connected user: How are you?", lines[2]);
        assertEquals(3, lines.length);
    }

    @Test
    void promptsOnlyOnATerminal() throws Exception {
        StringWriter serverOut = new StringWriter();
        server(loopback(), "pong\n", serverOut, false);
        StringWriter out = new StringWriter();
        SocketChannel connection = StreamEndpoint.connect(listener.getLocalAddress(), Duration.ofSeconds(5), "s");
        new BookClient(Connection.plain(connection), typedAtTerminal("ping\nbye\n", out), writer(out), 1024, NO_TIMEOUT).run();
        assertEquals(" -> Received from server: pong\n -> ", out.toString());
    }

    @Test
    void keepOpenServesTheNextClient() throws Exception {
        StringWriter serverOut = new StringWriter();
        Future<Integer> server = server(loopback(), "one\ntwo\n", serverOut, true);
        assertEquals("Received from server: one\n", client(listener.getLocalAddress(), "first\n"));
        assertEquals("Received from server: two\n", client(listener.getLocalAddress(), "second\n"));
        assertFalse(server.isDone());
        assertEquals(2, serverOut.toString().lines().filter(l -> l.startsWith("Connection from: ")).count());
    }

    @Test
    void clientReportsAServerThatHangsUp() throws Exception {
        listener = StreamEndpoint.listen(loopback(), 2);
        threads.submit(() -> {
            listener.accept().close();
            return null;
        });
        SocketChannel connection = StreamEndpoint.connect(listener.getLocalAddress(), Duration.ofSeconds(5), "s");
        StringWriter out = new StringWriter();
        ChatException failure = assertThrows(ChatException.class,
                () -> new BookClient(Connection.plain(connection), typed("hello\n", out), writer(out), 1024, Duration.ofSeconds(5)).run());
        assertTrue(failure.getMessage().contains("closed the connection") || failure.getMessage().contains("lost"),
                failure.getMessage());
    }

    @Test
    void clientTimesOutWaitingForAnAnswer() throws Exception {
        listener = StreamEndpoint.listen(loopback(), 2);
        threads.submit(() -> {
            SocketChannel silent = listener.accept();
            Thread.sleep(10_000);
            silent.close();
            return null;
        });
        SocketChannel connection = StreamEndpoint.connect(listener.getLocalAddress(), Duration.ofSeconds(5), "s");
        StringWriter out = new StringWriter();
        ChatException failure = assertThrows(ChatException.class,
                () -> new BookClient(Connection.plain(connection), typed("hello\n", out), writer(out), 1024, Duration.ofSeconds(1)).run());
        assertTrue(failure.getMessage().contains("no answer"), failure.getMessage());
    }

    @Test
    void refusedConnectionIsOneClearError() {
        ChatException failure = assertThrows(ChatException.class, () -> StreamEndpoint.connect(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 1), Duration.ofSeconds(5), "127.0.0.1 port 1"));
        assertEquals("cannot reach 127.0.0.1 port 1: Connection refused", failure.getMessage());
    }

    @Test
    void overlongLinesAreRefusedAndTheServerCarriesOn() throws Exception {
        StringWriter serverOut = new StringWriter();
        Future<Integer> server = server(loopback(), "", serverOut, false);
        try (SocketChannel flood = SocketChannel.open(listener.getLocalAddress())) {
            ByteBuffer junk = ByteBuffer.wrap(new byte[200_000]);
            while (junk.hasRemaining() && server.state() == Future.State.RUNNING) {
                try {
                    flood.write(junk);
                } catch (java.io.IOException closedByServer) {
                    break;
                }
            }
        }
        assertEquals(0, server.get(10, TimeUnit.SECONDS));
        assertTrue(serverOut.toString().contains("longer than 65536 bytes; refused"), serverOut.toString());
    }

    @Test
    void ipv6Loopback() throws Exception {
        InetAddress v6;
        try {
            v6 = InetAddress.getByName("::1");
            StreamEndpoint.listen(new InetSocketAddress(v6, 0), 1).close();
        } catch (Exception e) {
            v6 = null;
        }
        Prerequisites.assumeMachine(v6 != null, "no IPv6 loopback here");
        StringWriter serverOut = new StringWriter();
        server(new InetSocketAddress(v6, 0), "over six\n", serverOut, false);
        assertEquals("Received from server: over six\n", client(listener.getLocalAddress(), "hi\n"));
        assertTrue(serverOut.toString().matches("(?s)Connection from: \\('::1', \\d+, 0, 0\\)\n.*"), serverOut.toString());
    }

    @Test
    void unixDomainSocket() throws Exception {
        SocketAddress path = UnixDomainSocketAddress.of(dir.resolve("chat.sock"));
        StringWriter serverOut = new StringWriter();
        server(path, "unix answer\n", serverOut, false);
        assertEquals("Received from server: unix answer\n", client(path, "over a file\n"));
        assertTrue(serverOut.toString().startsWith("Connection from: \nfrom connected user: over a file\n"),
                serverOut.toString());
    }

    @Test
    void udpDatagrams() throws Exception {
        DatagramChannel channel = DatagramChat.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SocketAddress address = channel.getLocalAddress();
        StringWriter serverOut = new StringWriter();
        Future<Integer> server = threads.submit(() -> {
            try (channel) {
                return DatagramChat.serve(channel, typed("dgram reply\n", serverOut), writer(serverOut), 65_536,
                        Duration.ZERO);
            }
        });
        StringWriter out = new StringWriter();
        assertEquals(0, DatagramChat.client(address, "udp server", typed("ü datagram\nbye\n", out), writer(out), 65_536,
                Duration.ofSeconds(10)));
        assertEquals("Received from server: dgram reply\n", out.toString());
        assertFalse(server.isDone(), "a datagram server waits for the next datagram");
        assertTrue(serverOut.toString().contains("from connected user: ü datagram\n"), serverOut.toString());
    }

    @Test
    void udpClientReportsNobodyListening() throws Exception {
        DatagramChannel probe = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SocketAddress address = probe.getLocalAddress();
        probe.close();
        StringWriter out = new StringWriter();
        ChatException failure = assertThrows(ChatException.class, () -> DatagramChat.client(address, "udp peer",
                typed("hello\n", out), writer(out), 1024, Duration.ofSeconds(2)));
        assertTrue(failure.getMessage().contains("udp peer"), failure.getMessage());
    }
}
