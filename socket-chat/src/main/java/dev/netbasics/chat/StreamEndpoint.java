package dev.netbasics.chat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Opens TCP or Unix-domain stream sockets for the given address. */
final class StreamEndpoint {

    private StreamEndpoint() {
    }

    static ServerSocketChannel listen(SocketAddress address, int backlog) throws IOException {
        if (address instanceof UnixDomainSocketAddress unix) {
            removeStaleSocket(unix.getPath());
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(unix, backlog);
            return server;
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        ServerSocketChannel server = ServerSocketChannel.open(
                inet.getAddress() instanceof java.net.Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        server.bind(inet, backlog);
        return server;
    }

    static SocketChannel connect(SocketAddress address, Duration timeout, String description) {
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
                        throw new ChatException("timed out connecting to " + description);
                    }
                    throw e;
                }
            }
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw TransportOptions.unreachable(description, e);
        }
    }

    /** A socket file left by a server that died; anything else at that path is not ours to remove. */
    private static void removeStaleSocket(Path path) throws IOException {
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(path) && !Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
                Files.delete(path);
            } else {
                throw new ChatException(path + " exists and is not a socket");
            }
        }
    }

    static void closeQuietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
