package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged tool over UDP, Unix-domain sockets, IPv6 and this machine's host name. */
class TransportIT {

    private static final int SIGNALLED_STOPS = 5;

    @TempDir
    Path dir;

    private static PackagedTool.Result client(String typed, String... args) {
        List<String> command = new ArrayList<>(List.of("client"));
        command.addAll(List.of(args));
        return PackagedTool.of(command.toArray(String[]::new)).input(typed.getBytes(StandardCharsets.UTF_8)).run();
    }

    @Test
    void udpOneDatagramPerLine() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--udp", "--host", "127.0.0.1",
                "--port", "0", "--timeout", "3"))) {
            server.type("first answer ✓");
            server.type("second answer");
            PackagedTool.Result client = client("ü datagram\nanother\nbye\n", "--udp", "--host", "127.0.0.1",
                    "--port", Integer.toString(server.port()), "--timeout", "10");
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: first answer ✓\nReceived from server: second answer\n",
                    client.outAsUtf8());
            assertTrue(server.nextLine().matches("Connection from: \\('127\\.0\\.0\\.1', \\d+\\)"));
            assertEquals("from connected user: ü datagram", server.nextLine());
            assertEquals("from connected user: another", server.nextLine());
            assertEquals("Client silent for 3 s: done", server.nextLine());
            assertEquals(0, server.exitStatus());
        }
    }

    @Test
    void unixSocketConversationAndTheFileGoesWithTheServer() throws Exception {
        Path socket = dir.resolve("chat.sock");
        try (LiveProcess server = LiveProcess.start(PackagedTool.of("server", "--unix", socket.toString()))) {
            awaitListening(server, socket);
            server.type("unix answer");
            PackagedTool.Result client = client("over a file\n", "--unix", socket.toString());
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: unix answer\n", client.outAsUtf8());
            assertEquals("Connection from: ", server.nextLine());
            assertEquals("from connected user: over a file", server.nextLine());
            assertEquals(0, server.exitStatus());
            assertFalse(Files.exists(socket), "socket file removed at the end");
        }
    }

    /**
     * Ctrl-C and SIGTERM: a native image runs no shutdown hook for them without --install-exit-handlers; and a
     * hook that closed the listener made the blocked accept() report an error, in one stop out of two natively.
     */
    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void unixSocketFileIsRemovedWhenTheServerIsStoppedBySignal(String signal) throws Exception {
        Path socket = dir.resolve("signalled.sock");
        for (int stop = 0; stop < SIGNALLED_STOPS; stop++) {
            try (LiveProcess server = LiveProcess.start(withDefaultSigint(PackagedTool.of("server", "--unix",
                    socket.toString())))) {
                awaitListening(server, socket);
                server.signal(signal);
                assertEquals(0, server.exitStatus(), "a signal is a server's normal end");
                assertFalse(Files.exists(socket), "socket file removed on SIG" + signal);
                assertEquals("", server.remainingErrors(), "a signal is no error");
            }
        }
    }

    /** A server's normal end is Ctrl-C or SIGTERM (as static-server's, and python -m http.server's on SIGTERM). */
    @ParameterizedTest
    @CsvSource({"INT, --keep-open", "TERM, --keep-open", "INT, --room", "TERM, --room", "INT, --udp", "TERM, --udp"})
    void aServerStoppedBySignalExitsZero(String signal, String mode) throws Exception {
        try (LiveProcess server = LiveProcess.server(withDefaultSigint(PackagedTool.of("server", "127.0.0.1", "0",
                mode)))) {
            assertTrue(server.banner().startsWith("Listening on 127.0.0.1:"), server.banner());
            server.signal(signal);
            assertEquals(0, server.exitStatus());
            assertEquals("", server.remainingErrors(), "a signal is no error");
        }
    }

    /** The client is interrupted, as any command the user stops (curl, ncat): 128 + SIGINT. */
    @Test
    void aClientInterruptedByCtrlCExits130() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                LiveProcess client = LiveProcess.start(withDefaultSigint(PackagedTool.of("client", "127.0.0.1",
                        Integer.toString(silent.getLocalPort()))))) {
            silent.setSoTimeout(30_000);
            try (Socket accepted = silent.accept()) {
                client.type("anyone?");
                assertEquals('a', accepted.getInputStream().read(), "the client is talking");
                client.signal("INT");
                assertEquals(ExitCode.INTERRUPTED, client.exitStatus());
            }
        }
    }

    /** Where the server listens, on standard error as soon as it does, with the port the system chose. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--keep-open | TCP", "--room | TCP, room", "--udp | UDP", "--tls | TLS"})
    void theServerSaysWhereItListens(String mode, String kind) throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "127.0.0.1", "0", mode))) {
            assertEquals("Listening on 127.0.0.1:" + server.port() + " (" + kind + ")", server.banner());
            assertTrue(server.port() > 0, "the port the system chose");
        }
    }

    @Test
    void theServerSaysTheGivenPort() throws Exception {
        int port = Peers.freePort();
        try (LiveProcess server = LiveProcess.start(PackagedTool.of("server", "-p", Integer.toString(port), "--host",
                "127.0.0.1"))) {
            assertEquals("Listening on 127.0.0.1:" + port + " (TCP)", server.nextError(line -> true));
        }
    }

    @Test
    void aUnixServerSaysItsPath() throws Exception {
        Path socket = dir.resolve("named.sock");
        try (LiveProcess server = LiveProcess.start(PackagedTool.of("server", "--unix", socket.toString()))) {
            assertEquals("Listening on " + socket + " (Unix socket)", server.nextError(line -> true));
        }
    }

    @Test
    void aStaleSocketFileIsReplaced() throws Exception {
        Path stale = dir.resolve("stale.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(stale));
        }
        assertTrue(Files.exists(stale), "closing a listener leaves its file behind");
        try (LiveProcess server = LiveProcess.start(PackagedTool.of("server", "--unix", stale.toString()))) {
            awaitListening(server, stale);
            server.type("fresh");
            PackagedTool.Result client = client("hi\n", "--unix", stale.toString());
            assertEquals("Received from server: fresh\n", client.outAsUtf8(), client.err());
        }
    }

    @Test
    void aFileThatIsNoSocketIsLeftAlone() throws Exception {
        Path regular = Files.writeString(dir.resolve("notes.txt"), "keep me");
        PackagedTool.Result refused = PackagedTool.of("server", "--unix", regular.toString()).run();
        assertEquals(1, refused.status());
        assertEquals("Error: " + regular + " exists and is not a socket\n", refused.err());
        assertEquals("keep me", Files.readString(regular));
    }

    @Test
    void ipv6Loopback() throws Exception {
        Prerequisites.assumeMachine(hasIpv6Loopback(), "no IPv6 loopback here");
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--host", "::1", "--port", "0"))) {
            server.type("over six");
            PackagedTool.Result client = client("hi\n", "--host", "::1", "-6", "--port",
                    Integer.toString(server.port()));
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: over six\n", client.outAsUtf8());
            assertTrue(server.nextLine().matches("Connection from: \\('::1', \\d+, 0, 0\\)"));
        }
    }

    @Test
    void theDefaultHostIsThisMachinesName() throws Exception {
        InetAddress self = InetAddress.getByName(InetAddress.getLocalHost().getHostName());
        Prerequisites.assumeMachine(self.isLoopbackAddress(),
                "this machine's name is not a loopback address: no test off loopback");
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--port", "0"))) {
            server.type("found by name");
            PackagedTool.Result client = client("hello\n", "--port", Integer.toString(server.port()));
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: found by name\n", client.outAsUtf8());
        }
    }

    /** A host name that does not resolve, in private UTS and network namespaces so that no lookup leaves them. */
    @Test
    void anUnresolvableHostNameIsOneClearLine() throws Exception {
        Prerequisites.requireRoot("make private UTS and network namespaces (unshare)");
        Prerequisites.requireCommand("util-linux", "unshare", "--uts", "--net", "true");
        List<String> command = new ArrayList<>(List.of("unshare", "--uts", "--net", "sh", "-c",
                "hostname no-such-host-here && exec \"$@\"", "sh"));
        command.addAll(PackagedTool.of("client", "--port", "5000").command());
        try (LiveProcess client = LiveProcess.start(command)) {
            client.endInput();
            assertEquals(ExitCode.UNKNOWN_HOST, client.exitStatus());
            String err = client.remainingErrors();
            assertTrue(err.matches("Error: this machine's host name does not resolve \\([a-zA-Z ]+\\): give --host\n"),
                    err);
        }
    }

    private static boolean hasIpv6Loopback() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits for the server's own word that it listens, then checks that the socket file is there. */
    private static void awaitListening(LiveProcess server, Path socket) {
        assertEquals("Listening on " + socket + " (Unix socket)", server.nextError(line -> true));
        assertTrue(Files.exists(socket), "the server made " + socket);
    }

    /** A child inherits an ignored SIGINT (shells ignore it for background jobs): env restores the default. */
    private static List<String> withDefaultSigint(PackagedTool tool) {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT"));
        command.addAll(tool.command());
        return command;
    }
}
