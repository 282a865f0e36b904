package dev.netbasics.chat.socket;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;

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
        String text = inet.getAddress().getHostAddress();
        int zone = text.indexOf('%');
        text = zone < 0 ? text : text.substring(0, zone);
        return inet.getAddress() instanceof Inet6Address ? compress(text) : text;
    }

    /** RFC 5952 text ({@code ::1}) for Java's full form ({@code 0:0:0:0:0:0:0:1}). */
    static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
