package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rooms with ncat: plain {@code ncat HOST PORT} clients in our room, and our room clients through {@code ncat --chat}. */
class NcatInteropIT {

    @BeforeEach
    void needsNcat() {
        Peers.requireNcat();
    }

    @Test
    void ncatClientsChatInOurRoom() throws Exception {
        List<LiveProcess> clients = new ArrayList<>();
        try (LiveProcess room = LiveProcess.server(PackagedTool.of("server", "--room", "--host", "127.0.0.1", "--port",
                "0"))) {
            String port = Integer.toString(room.port());
            for (int i = 0; i < 3; i++) {
                clients.add(LiveProcess.start(List.of("ncat", "127.0.0.1", port)));
                room.nextLine(line -> line.startsWith("Connection from: "));
            }
            for (int i = 0; i < clients.size(); i++) {
                clients.get(i).type("hello from ncat " + i);
            }
            room.type("the console speaks");
            for (int i = 0; i < clients.size(); i++) {
                Set<String> heard = new TreeSet<>();
                while (heard.size() < clients.size()) {
                    String line = clients.get(i).nextLine(text -> text.startsWith("["));
                    heard.add(line.replaceFirst("^\\[127\\.0\\.0\\.1:\\d+\\] ", "[peer] "));
                }
                Set<String> expected = new TreeSet<>(Set.of("[server] the console speaks"));
                for (int other = 0; other < clients.size(); other++) {
                    if (other != i) {
                        expected.add("[peer] hello from ncat " + other);
                    }
                }
                assertEquals(expected, heard, "what ncat client " + i + " heard");
            }
            clients.get(0).close();
            assertTrue(clients.get(1).nextLine(line -> line.startsWith("* ")).matches("\\* 127\\.0\\.0\\.1:\\d+ left"));
        } finally {
            for (LiveProcess client : clients) {
                client.close();
            }
        }
    }

    @Test
    void ourRoomClientsChatThroughNcatsBroker() throws Exception {
        String port = Integer.toString(Peers.freePort());
        try (LiveProcess broker = LiveProcess.start(List.of("ncat", "-v", "-l", "--chat", "127.0.0.1", port))) {
            broker.nextError(line -> line.contains("Listening on"));
            try (LiveProcess alice = LiveProcess.start(room(port)); LiveProcess bob = LiveProcess.start(room(port))) {
                String aliceIs = alice.nextLine(line -> line.startsWith("<announce> 127.0.0.1 is connected as "));
                bob.nextLine(line -> line.startsWith("<announce> already connected: "));
                alice.type("hello from alice");
                String heard = bob.nextLine(line -> !line.startsWith("<announce>"));
                assertEquals(userOf(aliceIs) + " hello from alice", heard);
                bob.type("hi alice");
                assertTrue(alice.nextLine(line -> !line.startsWith("<announce>")).matches("<user\\d+> hi alice"));
                alice.type("bye");
                assertEquals(0, alice.exitStatus());
                assertEquals("", alice.remainingErrors());
                assertEquals(userOf(aliceIs) + " is disconnected.", bob.nextLine().replace("<announce> ", ""));
                bob.endInput();
                assertEquals(0, bob.exitStatus());
            }
        }
    }

    private static PackagedTool room(String port) {
        return PackagedTool.of("client", "--room", "--host", "127.0.0.1", "--port", port);
    }

    /** {@code <user5>} from {@code <announce> 127.0.0.1 is connected as <user5>.} */
    private static String userOf(String announcement) {
        return announcement.substring(announcement.lastIndexOf('<'), announcement.length() - 1);
    }
}
