package dev.netbasics.chat;

import dev.netbasics.chat.conversation.BookClient;
import dev.netbasics.chat.conversation.DatagramChat;
import dev.netbasics.chat.conversation.RoomClient;
import dev.netbasics.chat.conversation.UserInput;
import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.Connection;
import dev.netbasics.chat.socket.ConnectionSetup;
import dev.netbasics.chat.socket.StreamEndpoint;
import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.cli.ssl.TlsFailureText;
import dev.netbasics.cli.ssl.TlsTrust;
import dev.netbasics.cli.ssl.TrustOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "client",
        description = {
            "The book's client.py: send typed lines, print the server's answers.",
            "Sends each typed line (prompt ' -> ' on a terminal) and prints",
            "'Received from server: <answer>', until 'bye' or the end of input.",
            "--room talks to a room server: lines go out and arrive independently."
        },
        exitCodeList = {
            "  0:done: bye, the end of input, or the server left a room",
            "  1:the server closed the connection or vanished", ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST,
            ExitCode.HELP_UNREACHABLE, "  8:protocol error: the server sent a line over --max-line",
            ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS, ExitCode.HELP_INTERRUPTED
        })
final class ClientCommand extends ToolCommand implements Callable<Integer> {

    static final String SYNOPSIS = "socket-chat client HOST PORT";

    @Spec
    CommandSpec spec;

    @Mixin
    TransportOptions transport;

    @Option(names = {"--tls", "--ssl"},
            description = "TLS 1.3 or 1.2: the server's certificate and host name are verified against the JDK's CAs"
                    + " or --cacert, unless -k.")
    boolean tls;

    @Mixin
    TrustOptions trust;

    @Option(names = "--room", description = "Full duplex for room servers: print every line the room sends as it arrives.")
    boolean room;

    @Override
    public Integer call() throws IOException, InterruptedException {
        transport.validate(spec, false, room, SYNOPSIS);
        if (trust.given() && !tls) {
            throw new ParameterException(spec.commandLine(), "--cacert and -k are for TLS: add --tls");
        }
        if (tls && (transport.udp || transport.unix != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--tls needs TCP: not with --udp (DTLS is not supported) or --unix");
        }
        PrintWriter out = spec.commandLine().getOut();
        UserInput input = UserInput.standardInput(out);
        if (transport.udp) {
            return DatagramChat.client(transport.address(), transport.describe(), input, out, transport.maxLine,
                    transport.timeout());
        }
        ConnectionSetup setup = ConnectionSetup.PLAIN;
        if (tls) {
            TlsTrust trusted = trust.trust();
            setup = ConnectionSetup.tlsClient(trusted.context(), transport.hostName(), trusted.verifies());
        }
        SocketChannel channel = StreamEndpoint.connect(transport.address(), transport.timeout(), transport.describe());
        Connection connection = secure(setup, channel);
        return room
                ? new RoomClient(connection, input, out, transport.maxLine).run()
                : new BookClient(connection, input, out, transport.maxLine, transport.timeout()).run();
    }

    /** The TLS handshake, if asked for; its failure in words, exit 35 (or 28 when it took too long). */
    private Connection secure(ConnectionSetup setup, SocketChannel channel) {
        try {
            return setup.open(channel, transport.timeout());
        } catch (SocketTimeoutException e) {
            throw new ChatException(ExitCode.TIMEOUT, "no TLS handshake with " + transport.describe() + " within "
                    + transport.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            String words = TlsFailureText.describe(e);
            throw words != null
                    ? new ChatException(ExitCode.TLS, words, e)
                    : new ChatException(ExitCode.of(e), "TLS handshake with " + transport.describe() + " failed: "
                            + ErrorHandler.describe(e), e);
        }
    }
}
