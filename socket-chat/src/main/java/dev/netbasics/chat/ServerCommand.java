package dev.netbasics.chat;

import dev.netbasics.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "server", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "The book's server.py: wait for a client, print each line it sends,",
            "and answer with a line typed here (prompt ' -> ' on a terminal).",
            "--room relays every client's lines to all the others instead."
        })
final class ServerCommand implements Callable<Integer> {

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
            return DatagramChat.serve(address, input, out, transport.maxLine);
        }
        ServerSocketChannel listener;
        try {
            listener = StreamEndpoint.listen(address, backlog);
        } catch (IOException e) {
            throw new ChatException("cannot listen on " + transport.describe() + ": " + e.getMessage());
        }
        Thread cleanup = new Thread(() -> close(listener, address));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            return room
                    ? new ChatRoom(listener, out, transport.maxLine, transport.timeout()).run(input)
                    : new BookServer(listener, input, out, transport.maxLine, transport.timeout()).run(keepOpen);
        } finally {
            close(listener, address);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is doing the same
            }
        }
    }

    /** Closes the listener and removes a Unix socket's file, on a normal end and on Ctrl-C alike. */
    private static void close(ServerSocketChannel listener, SocketAddress address) {
        StreamEndpoint.closeQuietly(listener);
        if (address instanceof UnixDomainSocketAddress unix) {
            try {
                Files.deleteIfExists(unix.getPath());
            } catch (IOException e) {
                // left behind; the next server start removes a stale socket
            }
        }
    }
}
