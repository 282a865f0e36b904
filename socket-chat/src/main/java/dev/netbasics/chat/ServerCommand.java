package dev.netbasics.chat;

import dev.netbasics.chat.conversation.BookServer;
import dev.netbasics.chat.conversation.ChatRoom;
import dev.netbasics.chat.conversation.DatagramChat;
import dev.netbasics.chat.conversation.UserInput;
import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.chat.socket.ConnectionSetup;
import dev.netbasics.chat.socket.PeerNames;
import dev.netbasics.chat.socket.StreamEndpoint;
import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.cli.ssl.ServerIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "server",
        description = {
            "The book's server.py: print a client's lines, answer with typed ones.",
            "Waits for a client, prints each line it sends and answers with a line",
            "typed here (prompt ' -> ' on a terminal). --room relays every client's",
            "lines to all the others instead. --timeout bounds the wait for a client",
            "(except in a room), its TLS handshake and each of its lines; over UDP,",
            "each datagram. Where it listens goes to standard error at once."
        },
        exitCodeList = {
            "  0:the client left or said bye, or stopped by Ctrl-C or SIGTERM (a server's normal end)",
            "  1:cannot listen or save the certificate", ExitCode.HELP_USAGE,
            ExitCode.HELP_UNKNOWN_HOST, " 28:timed out: no client within --timeout"
        })
final class ServerCommand extends ToolCommand implements Callable<Integer> {

    static final int DEFAULT_BACKLOG = 2;
    static final String SYNOPSIS = "socket-chat server [HOST] PORT";

    @Spec
    CommandSpec spec;

    @Mixin
    TransportOptions transport;

    @Mixin
    ServerTlsOptions tls;

    @Option(names = "--backlog", paramLabel = "N", defaultValue = "" + DEFAULT_BACKLOG,
            description = "Connections waiting to be accepted (default: ${DEFAULT-VALUE}, as in the book).")
    int backlog;

    @Option(names = "--keep-open", description = "After a client leaves, wait for the next one instead of exiting.")
    boolean keepOpen;

    @Option(names = "--room", description = "Many clients at once: relay each line to all others, announce joins and leaves.")
    boolean room;

    /** The Unix socket's file once this server has made it. */
    private volatile Path socketFile;

    @Override
    public Integer call() throws IOException {
        transport.validate(spec, true, room, SYNOPSIS);
        String problem = tls.problem(transport);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        PrintWriter out = spec.commandLine().getOut();
        SocketAddress address = transport.address();
        Thread stop = new Thread(() -> stopOnSignal(out), "signal-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return serve(address, UserInput.standardInput(out), out);
        } finally {
            removeSocketFile();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is ending the process
            }
        }
    }

    private int serve(SocketAddress address, UserInput input, PrintWriter out) throws IOException {
        if (transport.udp) {
            DatagramChannel channel;
            try {
                channel = DatagramChat.bind(address);
            } catch (IOException e) {
                throw cannotListen(e);
            }
            try (channel) {
                announce(channel.getLocalAddress(), "UDP");
                return DatagramChat.serve(channel, input, out, transport.maxLine, transport.timeout());
            }
        }
        ConnectionSetup setup = tls.enabled() ? tlsSetup(address) : ConnectionSetup.PLAIN;
        ServerSocketChannel listener;
        try {
            listener = StreamEndpoint.listen(address, backlog);
        } catch (IOException e) {
            throw cannotListen(e);
        }
        if (address instanceof UnixDomainSocketAddress unix) {
            socketFile = unix.getPath();
        }
        try (listener) {
            String kind = address instanceof UnixDomainSocketAddress ? "Unix socket" : setup.isTls() ? "TLS" : "TCP";
            announce(listener.getLocalAddress(), room ? kind + ", room" : kind);
            return room
                    ? new ChatRoom(listener, setup, out, transport.maxLine, transport.timeout()).run(input)
                    : new BookServer(listener, setup, input, out, transport.maxLine, transport.timeout()).run(keepOpen);
        }
    }

    /** The certificate, told on standard error before the server listens, saved if asked. */
    private ConnectionSetup tlsSetup(SocketAddress address) {
        ServerIdentity identity = tls.identity(transport, address);
        PrintWriter err = spec.commandLine().getErr();
        err.println(tls.announcement(identity));
        err.flush();
        return ConnectionSetup.tlsServer(identity.sslContext());
    }

    private ChatException cannotListen(IOException e) {
        return new ChatException(ExitCode.FAILURE, "cannot listen on " + transport.describe() + ": " + ErrorHandler.describe(e));
    }

    /** Where the server listens, on standard error as soon as it does: the real port when 0 was asked for. */
    private void announce(SocketAddress bound, String kind) {
        PrintWriter err = spec.commandLine().getErr();
        String where = bound instanceof UnixDomainSocketAddress unix ? unix.getPath().toString() : PeerNames.label(bound, 0);
        err.println("Listening on " + where + " (" + kind + ")");
        err.flush();
    }

    /**
     * Ctrl-C and SIGTERM are how a server is stopped, its normal end: the Unix socket's file goes, what was printed
     * is flushed, and the process ends with status 0 rather than the signal's.
     */
    private void stopOnSignal(PrintWriter out) {
        removeSocketFile();
        out.flush();
        Runtime.getRuntime().halt(ExitCode.SUCCESS);
    }

    /** A Unix socket's file goes with its server, on a normal end and on Ctrl-C alike; nothing else at its path. */
    private void removeSocketFile() {
        if (socketFile != null) {
            try {
                Files.deleteIfExists(socketFile);
            } catch (IOException e) {
                // left behind; the next server start removes a stale socket
            }
        }
    }
}
