package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged tool with the book's own scripts (dist/python), in both roles, under the C locale. */
class PythonInteropIT {

    @BeforeEach
    void needsPython() {
        Peers.requirePython();
    }

    @Test
    void ourClientTalksToTheBooksServer() throws Exception {
        int port = Peers.freePort();
        try (LiveProcess python = LiveProcess.start(Peers.bookScript("server.py", "127.0.0.1", Integer.toString(port)))) {
            python.type("Hi from Python");
            python.type("Second answer ✓");
            python.endInput();
            PackagedTool.Result client = null;
            // server.py says nothing when it listens: until it does, the client is refused and tries again.
            for (int attempt = 0; attempt < 100 && (client == null || client.err().contains("refused")); attempt++) {
                if (client != null) {
                    Thread.sleep(100);
                }
                client = PackagedTool.of("client", "--host", "127.0.0.1", "--port", Integer.toString(port))
                        .inCLocale().input("Hello Python ✓\nHow are you?\nbye\n".getBytes(StandardCharsets.UTF_8))
                        .run();
            }
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: Hi from Python\nReceived from server: Second answer ✓\n",
                    client.outAsUtf8());
            assertEquals(0, python.exitStatus());
            String printed = python.remainingOutput();
            assertTrue(printed.matches("(?s)Connection from: \\('127\\.0\\.0\\.1', \\d+\\)\n"
                    + "from connected user: Hello Python ✓\n.*from connected user: How are you\\?\n.*"), printed);
        }
    }

    @Test
    void theBooksClientTalksToOurServer() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--host", "127.0.0.1", "--port", "0")
                .inCLocale())) {
            server.type("Hello back ✓");
            server.type("Fine");
            try (LiveProcess python = LiveProcess.start(Peers.bookScript("client.py", "127.0.0.1",
                    Integer.toString(server.port())))) {
                python.type("Hi from Python ✓");
                python.type("All good?");
                python.type("Bye");
                assertEquals(0, python.exitStatus());
                // Our server answers without newlines, as the book's does, since client.py sends none.
                assertEquals(" -> Received from server: Hello back ✓\n -> Received from server: Fine\n -> \n",
                        python.remainingOutput());
            }
            assertTrue(server.nextLine().matches("Connection from: \\('127\\.0\\.0\\.1', \\d+\\)"));
            assertEquals("from connected user: Hi from Python ✓", server.nextLine());
            assertEquals("from connected user: All good?", server.nextLine());
            assertEquals(0, server.exitStatus());
            assertEquals("", server.remainingErrors());
        }
    }
}
