package dev.netbasics.chat;

import dev.netbasics.chat.socket.ChatException;
import dev.netbasics.cli.ExitCode;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where to talk and how: the book's host and port, or UDP, or a Unix socket; shared by server and client. */
final class TransportOptions {

    static final int DEFAULT_PORT = 5000;
    static final int DEFAULT_MAX_LINE = 64 * 1024;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Host name or address (default: this machine's host name, as in the book).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "TCP or UDP port (default: ${DEFAULT-VALUE}); a server given 0 takes a free one and "
                    + "names it on standard error.")
    int port;

    @ArgGroup(exclusive = true)
    Family family;

    static final class Family {
        @Option(names = "-4", description = "Use IPv4 addresses only.")
        boolean ipv4;

        @Option(names = "-6", description = "Use IPv6 addresses only.")
        boolean ipv6;
    }

    @Option(names = "--udp", description = "Datagrams (SOCK_DGRAM) instead of a TCP stream: one line per datagram.")
    boolean udp;

    @Option(names = "--unix", paramLabel = "PATH", description = "A Unix domain stream socket at PATH instead of TCP.")
    Path unix;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Give up connecting, or waiting for the peer, after this long (default: wait forever).")
    int timeoutSeconds;

    @Option(names = "--max-line", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_LINE,
            description = "Longest line accepted from a peer, in bytes (default: ${DEFAULT-VALUE}).")
    int maxLine;

    /** Zero when there is no limit. */
    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** Refuses contradictory or out-of-range options as usage errors (exit 2). */
    void validate(CommandSpec spec, boolean room) {
        String problem = null;
        if (port < 0 || port > 65_535) {
            problem = "--port must be between 0 and 65535, not " + port;
        } else if (timeoutSeconds < 0) {
            problem = "--timeout must not be negative";
        } else if (maxLine < 1) {
            problem = "--max-line must be at least 1";
        } else if (unix != null && (udp || host != null || family != null)) {
            problem = "--unix cannot be combined with --udp, --host, -4 or -6";
        } else if (room && udp) {
            problem = "--room needs a stream socket: not with --udp";
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    /** The address to bind or connect to. */
    SocketAddress address() {
        if (unix != null) {
            return UnixDomainSocketAddress.of(unix);
        }
        return new InetSocketAddress(inetAddress(), port);
    }

    private InetAddress inetAddress() {
        String name = host == null ? thisHostName() : host;
        try {
            for (InetAddress candidate : InetAddress.getAllByName(name)) {
                boolean wanted = family == null
                        || family.ipv4 && candidate instanceof Inet4Address
                        || family.ipv6 && candidate instanceof Inet6Address;
                if (wanted) {
                    return candidate;
                }
            }
            throw new ChatException(ExitCode.UNKNOWN_HOST, "no " + (family.ipv4 ? "IPv4" : "IPv6") + " address for " + name);
        } catch (UnknownHostException e) {
            throw new ChatException(ExitCode.UNKNOWN_HOST, "unknown host: " + name);
        }
    }

    /** The book's default, Python's {@code socket.gethostname()}; a name that does not resolve is the user's to fix. */
    private static String thisHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // The JDK's message is "NAME: NAME: reason", but JDK 25 may print NAME as an object's identity.
            String detail = String.valueOf(e.getMessage());
            String reason = detail.substring(detail.lastIndexOf(": ") + 1).strip();
            throw new ChatException(ExitCode.UNKNOWN_HOST, "this machine's host name does not resolve (" + reason + "): give --host");
        }
    }

    /** What a refused or failed connection is reported as. */
    String describe() {
        if (unix != null) {
            return "Unix socket " + unix;
        }
        return (host == null ? "this host" : host) + " port " + port;
    }
}
