package dev.netbasics.chat.socket;

import dev.netbasics.cli.net.AddressText;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** How peers are named: Python's address tuples for the book's lines, {@code host:port} in rooms. */
public final class PeerNames {

    private PeerNames() {
    }

    /** {@code ('127.0.0.1', 51324)}, {@code ('::1', 51324, 0, 0)}, or Python's {@code ''} for a Unix peer. */
    public static String pythonTuple(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            String host = host(inet);
            if (inet.getAddress() instanceof Inet6Address v6) {
                return "('" + host + "', " + inet.getPort() + ", 0, " + v6.getScopeId() + ")";
            }
            return "('" + host + "', " + inet.getPort() + ")";
        }
        return "";
    }

    /** {@code 127.0.0.1:51324}, {@code [::1]:51324}, or {@code unix} for a Unix peer. */
    public static String label(SocketAddress address, int sequence) {
        if (address instanceof InetSocketAddress inet) {
            String host = host(inet);
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return "unix#" + sequence;
    }

    private static String host(InetSocketAddress inet) {
        return AddressText.withoutZone(inet.getAddress());
    }
}
