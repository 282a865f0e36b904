package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netbasics.chat.socket.ChatException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class TransportOptionsTest {

    private static TransportOptions client(String... args) {
        ClientCommand client = new ClientCommand();
        new CommandLine(client).parseArgs(args);
        client.transport.validate(client.spec, false, false, ClientCommand.SYNOPSIS);
        return client.transport;
    }

    private static TransportOptions server(String... args) {
        ServerCommand server = new ServerCommand();
        new CommandLine(server).parseArgs(args);
        server.transport.validate(server.spec, true, false, ServerCommand.SYNOPSIS);
        return server.transport;
    }

    @ParameterizedTest
    @CsvSource({"-4, localhost, 5000", "-4, 127.0.0.1, 6000", "-6, ::1, 6000"})
    void familyFlagsPickTheAddressFamily(String flag, String host, int port) {
        InetSocketAddress address = (InetSocketAddress) client("--host", host, flag, "-p", Integer.toString(port))
                .address();
        Class<? extends InetAddress> family = flag.equals("-4") ? Inet4Address.class : Inet6Address.class;
        assertEquals(family, address.getAddress().getClass());
        assertEquals(port, address.getPort());
    }

    /** ncat's forms: {@code ncat HOST PORT}, {@code ncat -l [HOST] [PORT]} (a lone number is the port). */
    @ParameterizedTest
    @CsvSource({
        "client, '127.0.0.1 6000', 127.0.0.1, 6000",
        "client, '::1 7000', ::1, 7000",
        "client, '127.0.0.1 -p 6000', 127.0.0.1, 6000",
        "client, '--host 127.0.0.1 --port 6000', 127.0.0.1, 6000",
        "client, '127.0.0.1 6000 --host 127.0.0.1 -p 6000', 127.0.0.1, 6000",
        "server, '6000', , 6000",
        "server, '127.0.0.1 6000', 127.0.0.1, 6000",
        "server, 'localhost', localhost, 5000",
        "server, '', , 5000"
    })
    void hostAndPortAsNcatTakesThemOrAsOptions(String command, String args, String host, int port) {
        String[] words = args.isEmpty() ? new String[0] : args.split(" ");
        TransportOptions transport = command.equals("client") ? client(words) : server(words);
        assertEquals(host, transport.host());
        assertEquals(port, transport.port());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "client 127.0.0.1 6000 -p 7000 | two ports, 6000 and --port 7000: give one (socket-chat client HOST PORT)",
        "client ::1 6000 --host 127.0.0.1 | two hosts, '::1' and --host 127.0.0.1: give one (socket-chat client HOST PORT)",
        "server 6000 --port 7000 | two ports, 6000 and --port 7000: give one (socket-chat server [HOST] PORT)",
        "client 6000 | '6000' is a port, not a host: name the host first (socket-chat client HOST PORT), or give -p 6000",
        "client localhost 70000 | PORT must be a number from 0 to 65535, not '70000'",
        "client localhost five | PORT must be a number from 0 to 65535, not 'five'",
        "client -p 70000 | --port must be between 0 and 65535, not 70000",
        "client --unix /tmp/x.sock --udp | --unix cannot be combined with --udp, a host, a port, -4 or -6",
        "client --unix /tmp/x.sock localhost | --unix cannot be combined with --udp, a host, a port, -4 or -6",
        "server --room --udp | --room needs a stream socket: not with --udp",
        "client --cacert ca.pem | --cacert and -k are for TLS: add --tls",
        "client -k | --cacert and -k are for TLS: add --tls",
        "client --tls --udp | --tls needs TCP: not with --udp (DTLS is not supported) or --unix",
        "server --tls --unix /tmp/x.sock | --tls needs TCP: not with --udp (DTLS is not supported) or --unix",
        "server --tls-key k.pem | --tls-key needs --tls-cert",
        "server --tls-save-cert c.pem | --tls-save-cert needs --tls or --tls-cert"
    })
    void contradictionsAreUsageErrorsThatNameWhatWorks(String args, String message) {
        StringWriter err = new StringWriter();
        CommandLine chat = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        String[] words = args.split(" ");
        assertEquals(2, chat.execute(words));
        assertEquals("Error: " + message + "\nTry 'socket-chat " + words[0] + " --help' for more information.\n",
                err.toString());
    }

    @Test
    void aHostWithoutTheAskedFamilyIsOneClearError() {
        ChatException failure = assertThrows(ChatException.class, () -> client("--host", "127.0.0.1", "-6").address());
        assertEquals("no IPv6 address for 127.0.0.1", failure.getMessage());
    }

    @Test
    void unixSocketPath() {
        assertInstanceOf(UnixDomainSocketAddress.class, client("--unix", "/tmp/x.sock").address());
    }

    @Test
    void theDefaultHostIsThisMachinesName() throws Exception {
        assertEquals(InetAddress.getLocalHost().getHostName(), client("-p", "6000").hostName());
    }
}
