package dev.netbasics.chat;

import dev.netbasics.chat.conversation.BookServer;
import dev.netbasics.chat.conversation.ChatRoom;
import dev.netbasics.chat.conversation.DatagramChat;
import dev.netbasics.chat.conversation.UserInput;
import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.PeerNames;
import dev.netbasics.chat.socket.StreamEndpoint;
import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "server",
        description = {
            "The book's server.py: print a client's lines, answer with typed ones.",
            "Waits for a client, prints each line it sends and answers with a line",
            "typed here (prompt ' -> ' on a terminal). --room relays every client's",
            "lines to all the others instead. --timeout bounds the wait for a client",
            "(except in a room) and for each of its lines; over UDP, for each datagram."
        },
        exitCodeList = {
            "  0:the client left or said bye, or stopped by Ctrl-C or SIGTERM (a server's normal end)",
            "  1:cannot listen, or the client vanished", ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST,
            "  8:protocol error: a client sent a line over --max-line", ExitCode.HELP_TIMEOUT
        })
final class ServerCommand extends ToolCommand implements Callable<Integer> {

    static final int DEFAULT_BACKLOG = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    TransportOptions transport;

    @Option(names = "--backlog", paramLabel = "N", defaultValue = "" + DEFAULT_BACKLOG,
            description = "Connections waiting to be accepted (default: ${DEFAULT-VALUE}, as in the book).")
    int backlog;

    @Option(names = "--keep-open", description = "After a client leaves, wait for the next one instead of exiting.")
    boolean keepOpen;

    @Option(names = "--room", description = "Many clients at once: relay each line to all others, announce joins and leaves.")
    boolean room;

    @Override
    public Integer call() throws IOException {
        transport.validate(spec, room);
        PrintWriter out = spec.commandLine().getOut();
        UserInput input = UserInput.standardInput(out);
        SocketAddress address = transport.address();
        if (transport.udp) {
            DatagramChannel channel;
            try {
                channel = DatagramChat.bind(address);
            } catch (IOException e) {
                throw cannotListen(e);
            }
            try (channel) {
                announce(channel.getLocalAddress());
                return DatagramChat.serve(channel, input, out, transport.maxLine, transport.timeout());
            }
        }
        ServerSocketChannel listener;
        try {
            listener = StreamEndpoint.listen(address, backlog);
        } catch (IOException e) {
            throw cannotListen(e);
        }
        announce(listener.getLocalAddress());
        // Ctrl-C and SIGTERM end the process wherever it is: the hook only removes a Unix socket's file.
        Thread removal = new Thread(() -> removeSocketFile(address));
        Runtime.getRuntime().addShutdownHook(removal);
        try {
            return room
                    ? new ChatRoom(listener, out, transport.maxLine, transport.timeout()).run(input)
                    : new BookServer(listener, input, out, transport.maxLine, transport.timeout()).run(keepOpen);
        } finally {
            StreamEndpoint.closeQuietly(listener);
            removeSocketFile(address);
            try {
                Runtime.getRuntime().removeShutdownHook(removal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is doing the same
            }
        }
    }

    private ChatException cannotListen(IOException e) {
        return new ChatException(ExitCode.FAILURE, "cannot listen on " + transport.describe() + ": " + ErrorHandler.describe(e));
    }

    /** With {@code --port 0} the system picks the port: the user is told which (on standard error, as ncat -v). */
    private void announce(SocketAddress bound) {
        if (transport.port == 0 && bound instanceof InetSocketAddress inet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Listening on " + PeerNames.label(inet, 0));
            err.flush();
        }
    }

    /** A Unix socket's file goes with its server, on a normal end and on Ctrl-C alike. */
    private static void removeSocketFile(SocketAddress address) {
        if (address instanceof UnixDomainSocketAddress unix) {
            try {
                Files.deleteIfExists(unix.getPath());
            } catch (IOException e) {
                // left behind; the next server start removes a stale socket
            }
        }
    }
}
