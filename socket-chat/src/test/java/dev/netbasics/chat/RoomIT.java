package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged room server with several packaged room clients and plain sockets at once. */
class RoomIT {

    private static final int ROOM_CLIENTS = 3;
    private static final int SOCKETS = 12;
    private static final int LINES_EACH = 25;

    @Test
    void everyLineReachesEveryoneElseInOrder() throws Exception {
        List<LiveProcess> clients = new ArrayList<>();
        List<Socket> sockets = new ArrayList<>();
        try (LiveProcess room = LiveProcess.server(PackagedTool.of("server", "--room", "--host", "127.0.0.1",
                "--port", "0"))) {
            String port = Integer.toString(room.port());
            for (int i = 0; i < ROOM_CLIENTS; i++) {
                clients.add(LiveProcess.start(PackagedTool.of("client", "--room", "--host", "127.0.0.1", "--port", port)
                        .inCLocale()));
                room.nextLine(line -> line.startsWith("Connection from: "));
            }
            for (int i = 0; i < SOCKETS; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), room.port());
                socket.setSoTimeout(30_000);
                sockets.add(socket);
                room.nextLine(line -> line.startsWith("Connection from: "));
            }
            for (int n = 0; n < LINES_EACH; n++) {
                for (int i = 0; i < ROOM_CLIENTS; i++) {
                    clients.get(i).type("client " + i + " line " + n + " ✓");
                }
            }
            room.type("from the console");
            for (Socket socket : sockets) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                int[] next = new int[ROOM_CLIENTS];
                boolean console = false;
                while (!console || Arrays.stream(next).sum() < ROOM_CLIENTS * LINES_EACH) {
                    String line = in.readLine();
                    assertTrue(line != null, "the room closed the connection");
                    if (line.equals("[server] from the console")) {
                        console = true;
                    } else if (line.startsWith("[")) {
                        String text = line.substring(line.indexOf("] ") + 2);
                        int sender = Integer.parseInt(text.split(" ")[1]);
                        assertEquals("client " + sender + " line " + next[sender] + " ✓", text, "in order");
                        next[sender]++;
                    }
                }
            }
            // A room client hears the others and the console, not itself.
            LiveProcess first = clients.get(0);
            first.nextLine(line -> line.equals("[server] from the console"));
            sockets.get(0).getOutputStream().write("a socket speaks\n".getBytes(StandardCharsets.UTF_8));
            assertTrue(first.nextLine(line -> line.endsWith("] a socket speaks")).matches("\\[127\\.0\\.0\\.1:\\d+\\] a socket speaks"));
            first.type("bye");
            assertEquals(0, first.exitStatus());
            String left = room.nextLine(line -> line.endsWith(" left"));
            assertTrue(left.matches("\\* 127\\.0\\.0\\.1:\\d+ left"), left);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
            for (LiveProcess client : clients) {
                client.close();
            }
        }
    }
}
