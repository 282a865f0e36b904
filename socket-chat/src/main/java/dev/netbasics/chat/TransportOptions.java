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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * Where to talk and how: the book's host and port, named as ncat takes them ({@code HOST PORT}) or as options, or
 * UDP, or a Unix socket; shared by server and client.
 */
final class TransportOptions {

    static final int DEFAULT_PORT = 5000;
    static final int DEFAULT_MAX_LINE = 64 * 1024;
    private static final int MAX_PORT = 65_535;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HOST",
            description = "Host name or address, as --host. A server given one number takes it as the PORT, as"
                    + " 'ncat -l 5000' does.")
    String hostArgument;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PORT", description = "Port, as --port.")
    String portArgument;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Host name or address (default: this machine's host name, as in the book).")
    String hostOption;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "TCP or UDP port (default: " + DEFAULT_PORT + "); a server given 0 takes a free one. A server"
                    + " names its address on standard error as soon as it listens.")
    Integer portOption;

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

    private String host;
    private int port = DEFAULT_PORT;

    /** Zero when there is no limit. */
    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /**
     * Settles host and port from either form and refuses contradictory or out-of-range options as usage errors
     * (exit 2); {@code synopsis} is the command's form that works ({@code socket-chat client HOST PORT}).
     */
    void validate(CommandSpec spec, boolean server, boolean room, String synopsis) {
        String hostWord = hostArgument;
        String portWord = portArgument;
        if (server && portWord == null && hostWord != null && hostWord.chars().allMatch(Character::isDigit)) {
            portWord = hostWord;
            hostWord = null;
        }
        if (!server && portWord == null && hostWord != null && hostWord.chars().allMatch(Character::isDigit)) {
            throw usage(spec, "'" + hostWord + "' is a port, not a host: name the host first (" + synopsis
                    + "), or give -p " + hostWord);
        }
        if (hostWord != null && hostOption != null && !hostWord.equals(hostOption)) {
            throw usage(spec, "two hosts, '" + hostWord + "' and --host " + hostOption + ": give one (" + synopsis + ")");
        }
        host = hostWord != null ? hostWord : hostOption;
        if (portWord != null) {
            int positional = parsePort(spec, portWord);
            if (portOption != null && portOption != positional) {
                throw usage(spec, "two ports, " + positional + " and --port " + portOption + ": give one (" + synopsis
                        + ")");
            }
            port = positional;
        } else if (portOption != null) {
            port = portOption;
        }
        String problem = null;
        if (port < 0 || port > MAX_PORT) {
            problem = "--port must be between 0 and " + MAX_PORT + ", not " + port;
        } else if (timeoutSeconds < 0) {
            problem = "--timeout must not be negative";
        } else if (maxLine < 1) {
            problem = "--max-line must be at least 1";
        } else if (unix != null && (udp || host != null || portWord != null || portOption != null || family != null)) {
            problem = "--unix cannot be combined with --udp, a host, a port, -4 or -6";
        } else if (room && udp) {
            problem = "--room needs a stream socket: not with --udp";
        }
        if (problem != null) {
            throw usage(spec, problem);
        }
    }

    private static int parsePort(CommandSpec spec, String word) {
        try {
            int port = Integer.parseInt(word);
            if (port >= 0 && port <= MAX_PORT) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw usage(spec, "PORT must be a number from 0 to " + MAX_PORT + ", not '" + word + "'");
    }

    private static ParameterException usage(CommandSpec spec, String problem) {
        return new ParameterException(spec.commandLine(), problem);
    }

    /** The host as given, or null for this machine's name. */
    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** Whether the port was left to the system ({@code 0}). */
    boolean anyPort() {
        return port == 0;
    }

    /** The address to bind or connect to. */
    SocketAddress address() {
        if (unix != null) {
            return UnixDomainSocketAddress.of(unix);
        }
        return new InetSocketAddress(inetAddress(), port);
    }

    /** The name a TLS client checks the server's certificate against: the host as given, or this machine's name. */
    String hostName() {
        return host == null ? thisHostName() : host;
    }

    private InetAddress inetAddress() {
        String name = hostName();
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
