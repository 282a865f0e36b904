package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.chat.socket.ChatException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TransportOptionsTest {

    private static TransportOptions parse(String... args) {
        ClientCommand client = new ClientCommand();
        new CommandLine(client).parseArgs(args);
        return client.transport;
    }

    @Test
    void familyFlagsPickTheAddressFamily() {
        InetSocketAddress v4 = (InetSocketAddress) parse("--host", "localhost", "-4").address();
        assertInstanceOf(Inet4Address.class, v4.getAddress());
        assertEquals(5000, v4.getPort());
        InetSocketAddress v6 = (InetSocketAddress) parse("--host", "::1", "-6", "--port", "6000").address();
        assertInstanceOf(Inet6Address.class, v6.getAddress());
        assertEquals(6000, v6.getPort());
    }

    @Test
    void aHostWithoutTheAskedFamilyIsOneClearError() {
        ChatException failure = org.junit.jupiter.api.Assertions.assertThrows(ChatException.class,
                () -> parse("--host", "127.0.0.1", "-6").address());
        assertEquals("no IPv6 address for 127.0.0.1", failure.getMessage());
    }

    @Test
    void unixSocketPath() {
        assertInstanceOf(UnixDomainSocketAddress.class, parse("--unix", "/tmp/x.sock").address());
    }

    @Test
    void contradictoryOptionsAreUsageErrors() {
        StringWriter err = new StringWriter();
        CommandLine chat = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, chat.execute("client", "-4", "-6"));
        assertEquals(2, chat.execute("client", "--unix", "/tmp/x.sock", "--udp"));
        assertTrue(err.toString().contains("--unix cannot be combined with --udp"), err.toString());
        assertEquals(2, chat.execute("server", "--room", "--udp"));
        assertEquals(2, chat.execute("client", "--port", "70000"));
    }
}
