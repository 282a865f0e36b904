package dev.netbasics.chat.socket;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;

/** Opens TCP or Unix-domain stream sockets for the given address. */
public final class StreamEndpoint {

    private StreamEndpoint() {
    }

    public static ServerSocketChannel listen(SocketAddress address, int backlog) throws IOException {
        if (address instanceof UnixDomainSocketAddress unix) {
            removeStaleSocket(unix.getPath());
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(unix, backlog);
            return server;
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        ServerSocketChannel server = ServerSocketChannel.open(
                inet.getAddress() instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        server.bind(inet, backlog);
        return server;
    }

    public static SocketChannel connect(SocketAddress address, Duration timeout, String description) {
        SocketChannel channel = null;
        try {
            channel = address instanceof UnixDomainSocketAddress
                    ? SocketChannel.open(StandardProtocolFamily.UNIX)
                    : SocketChannel.open();
            try (Deadline deadline = Deadline.after(timeout, channel)) {
                try {
                    channel.connect(address);
                } catch (IOException e) {
                    if (deadline.expired()) {
                        throw new ChatException(ExitCode.TIMEOUT, "timed out connecting to " + description);
                    }
                    throw e;
                }
            }
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw unreachable(description, e);
        }
    }

    /** A socket file left by a server that died; anything else at that path is not ours to remove. */
    private static void removeStaleSocket(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(path) && !Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
                Files.delete(path);
            } else {
                throw new ChatException(ExitCode.FAILURE, path + " exists and is not a socket");
            }
        }
    }

    public static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    private static ChatException unreachable(String what, IOException e) {
        return new ChatException(ExitCode.of(e), "cannot reach " + what + ": " + ErrorHandler.describe(e));
    }
}
