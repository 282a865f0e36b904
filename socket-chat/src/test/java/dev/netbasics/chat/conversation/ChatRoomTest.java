package dev.netbasics.chat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.chat.socket.ConnectionSetup;
import dev.netbasics.chat.socket.StreamEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatRoomTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final StringWriter console = new StringWriter();
    private ServerSocketChannel listener;

    @BeforeEach
    void start() throws Exception {
        listener = StreamEndpoint.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        ServerSocketChannel bound = listener;
        threads.submit(() -> new ChatRoom(bound, ConnectionSetup.PLAIN, ChatTestSupport.writer(console), 65_536, Duration.ZERO)
                .run(ChatTestSupport.typed("", console)));
    }

    @AfterEach
    void stop() {
        StreamEndpoint.closeQuietly(listener);
        threads.shutdownNow();
    }

    private Socket join() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.socket().getLocalPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static String name(Socket socket) {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    @Test
    void fiftyClientsEachReceiveEveryOtherClientsLinesInOrder() throws Exception {
        int clients = 50;
        int linesEach = 20;
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sockets.add(join());
        }
        // Everyone has joined once each client has heard of every later joiner; wait for the console instead.
        for (int i = 0; i < 200 && console.toString().lines().filter(l -> l.startsWith("Connection from")).count() < clients; i++) {
            Thread.sleep(25);
        }
        List<Future<Map<String, List<String>>>> received = new ArrayList<>();
        for (Socket socket : sockets) {
            received.add(threads.submit(() -> {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Map<String, List<String>> bySender = new HashMap<>();
                int messages = 0;
                while (messages < (clients - 1) * linesEach) {
                    String line = in.readLine();
                    if (line.startsWith("[")) {
                        String sender = line.substring(1, line.indexOf(']'));
                        bySender.computeIfAbsent(sender, s -> new ArrayList<>()).add(line.substring(line.indexOf(']') + 2));
                        messages++;
                    }
                }
                return bySender;
            }));
        }
        for (Socket socket : sockets) {
            threads.submit(() -> {
                OutputStream out = socket.getOutputStream();
                for (int n = 0; n < linesEach; n++) {
                    out.write(("line " + n + " from " + name(socket) + " ✓\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                return null;
            });
        }
        for (int i = 0; i < clients; i++) {
            Map<String, List<String>> bySender = received.get(i).get(60, TimeUnit.SECONDS);
            assertEquals(clients - 1, bySender.size());
            for (Map.Entry<String, List<String>> sender : bySender.entrySet()) {
                assertTrue(!sender.getKey().equals(name(sockets.get(i))), "no echo of one's own lines");
                for (int n = 0; n < linesEach; n++) {
                    assertEquals("line " + n + " from " + sender.getKey() + " ✓", sender.getValue().get(n));
                }
            }
        }
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void joinsAndLeavesAreAnnounced() throws Exception {
        try (Socket alice = join()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(alice.getInputStream(), StandardCharsets.UTF_8));
            Socket bob = join();
            assertEquals("* " + name(bob) + " joined", in.readLine());
            bob.getOutputStream().write("hi alice\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("[" + name(bob) + "] hi alice", in.readLine());
            bob.close();
            assertEquals("* " + name(bob) + " left", in.readLine());
        }
    }

    @Test
    void garbageAndAbruptDisconnectsLeaveTheRoomServing() throws Exception {
        try (Socket alice = join(); Socket bob = join()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(alice.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().endsWith(" joined"));
            Socket vandal = join();
            assertTrue(in.readLine().endsWith(" joined"));
            vandal.getOutputStream().write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, '\n'});
            assertTrue(in.readLine().startsWith("[" + name(vandal) + "] "));
            vandal.setSoLinger(true, 0);
            vandal.close();
            assertEquals("* " + name(vandal) + " left", in.readLine());
            bob.getOutputStream().write("still here\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("[" + name(bob) + "] still here", in.readLine());
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedAndNobodyWaits() throws Exception {
        try (Socket sleeper = join(); Socket listenerClient = join(); Socket talker = join()) {
            sleeper.setReceiveBufferSize(4096);
            BufferedReader in = new BufferedReader(new InputStreamReader(listenerClient.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().endsWith(" joined"));
            String filler = "x".repeat(500);
            int bursts = 20;
            int burst = 1_000;
            // The talker sends 10 MB in bursts of 0.5 MB, each once the listener has read the one before: the
            // listener keeps up, the sleeper falls more than its 4 MiB behind.
            Semaphore heard = new Semaphore(0);
            Future<?> talking = threads.submit(() -> {
                OutputStream out = talker.getOutputStream();
                for (int n = 0; n < bursts * burst; n++) {
                    if (n > 0 && n % burst == 0) {
                        heard.acquire();
                    }
                    out.write((n + " " + filler + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                return null;
            });
            for (int n = 0; n < bursts * burst; n++) {
                String line = in.readLine();
                int received = n;
                assertTrue(line != null, () -> "after " + received + ": "
                        + console.toString().lines().filter(l -> !l.startsWith("[")).toList());
                while (line.startsWith("*")) {
                    line = in.readLine();
                }
                assertEquals("[" + name(talker) + "] " + n + " " + filler, line);
                if ((n + 1) % burst == 0) {
                    heard.release();
                }
            }
            talking.get(30, TimeUnit.SECONDS);
            assertTrue(console.toString().contains("* " + name(sleeper) + " left (too slow: "), console.toString());
        }
    }

    @Test
    void aClientLoggedAsConnectedHearsWhatIsSaidNext() throws Exception {
        // The console reader hands out one line per request and tells when the room asks for the next one, so
        // the test knows the console's line has been broadcast.
        BlockingQueue<String> consoleLines = new LinkedBlockingQueue<>();
        Semaphore consoleAsks = new Semaphore(0);
        Reader consoleInput = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                consoleAsks.release();
                try {
                    String line = consoleLines.take();
                    line.getChars(0, line.length(), buffer, offset);
                    return line.length();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
            }

            @Override
            public void close() {
            }
        };
        // When the console logs a connection, the room's console speaks before the accepting thread goes on.
        Writer speakOnConnection = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                if (new String(buffer, offset, length).startsWith("Connection from")) {
                    consoleLines.add("welcome\n");
                    try {
                        assertTrue(consoleAsks.tryAcquire(2, 10, TimeUnit.SECONDS), "the room reads its console again");
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException();
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (ServerSocketChannel room = StreamEndpoint.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8)) {
            threads.submit(() -> new ChatRoom(room, ConnectionSetup.PLAIN, new PrintWriter(speakOnConnection, true), 65_536, Duration.ZERO)
                    .run(new UserInput(new BufferedReader(consoleInput), new PrintWriter(Writer.nullWriter()), false)));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), room.socket().getLocalPort())) {
                client.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("[server] welcome", in.readLine());
            }
        }
    }
}
