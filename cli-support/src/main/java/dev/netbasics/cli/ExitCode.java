package dev.netbasics.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * The one exit-code table of all five tools: the same failure ends every tool with the same status. Where curl
 * has a number for a failure, it is curl's, so a script written for curl reads ours the same way. Each
 * {@code HELP_} constant is that code's line in a command's {@code --help} ({@code exitCodeList}, the number
 * right-aligned); a command lists the codes it can return.
 */
public final class ExitCode {

    public static final int SUCCESS = 0;
    /** A failure without a code of its own: a local file, a server's refusal of a request. */
    public static final int FAILURE = 1;
    /** Bad option, argument or input file (picocli's default for invalid input). */
    public static final int USAGE = 2;
    /** url-tools robots: a path is disallowed (an answer, not a failure). */
    public static final int DISALLOWED = 3;
    /** curl's CURLE_COULDNT_RESOLVE_HOST. */
    public static final int UNKNOWN_HOST = 6;
    /** curl's CURLE_COULDNT_CONNECT: refused, or no route to the host. */
    public static final int UNREACHABLE = 7;
    /** curl's CURLE_WEIRD_SERVER_REPLY: what the peer sent breaks its protocol. */
    public static final int PROTOCOL = 8;
    /** curl's CURLE_HTTP_RETURNED_ERROR: an HTTP status of 400 or more where the command treats it as failure. */
    public static final int HTTP_ERROR = 22;
    /** curl's CURLE_OPERATION_TIMEDOUT. */
    public static final int TIMEOUT = 28;
    /** curl's CURLE_SSL_CONNECT_ERROR: handshake, untrusted certificate, wrong host name. */
    public static final int TLS = 35;
    /** curl's CURLE_LOGIN_DENIED. */
    public static final int LOGIN = 67;
    /** Ctrl-C (128 + SIGINT), as the shell reports it. */
    public static final int INTERRUPTED = 130;

    public static final String HELP_SUCCESS = "  0:success";
    public static final String HELP_FAILURE = "  1:failure without a code of its own (a local file, a refused request)";
    public static final String HELP_USAGE = "  2:usage error (bad option or argument)";
    public static final String HELP_DISALLOWED = "  3:a path is disallowed by robots.txt";
    public static final String HELP_UNKNOWN_HOST = "  6:unknown host";
    public static final String HELP_UNREACHABLE = "  7:connection refused or host unreachable";
    public static final String HELP_PROTOCOL = "  8:protocol error: the peer's answer breaks the protocol";
    public static final String HELP_HTTP_ERROR = " 22:HTTP error status (400 or more)";
    public static final String HELP_TIMEOUT = " 28:timed out";
    public static final String HELP_TLS = " 35:TLS failure (handshake, untrusted certificate, wrong host name)";
    public static final String HELP_LOGIN = " 67:login failed";
    public static final String HELP_INTERRUPTED = "130:interrupted (Ctrl-C)";

    private ExitCode() {
    }

    /**
     * The code of a failure that is not a {@link ToolException}, read from the JDK's exception types anywhere
     * in its chain of causes (libraries wrap them): a timeout first, as a TLS or connect failure may be one.
     */
    public static int of(Throwable failure) {
        if (hasCause(failure, SocketTimeoutException.class) || hasCause(failure, HttpTimeoutException.class)
                || hasCause(failure, InterruptedByTimeoutException.class)) {
            return TIMEOUT;
        }
        if (hasCause(failure, UnknownHostException.class) || hasCause(failure, UnresolvedAddressException.class)) {
            return UNKNOWN_HOST;
        }
        if (hasCause(failure, ConnectException.class) || hasCause(failure, NoRouteToHostException.class)
                || hasCause(failure, PortUnreachableException.class)) {
            return UNREACHABLE;
        }
        if (hasCause(failure, SSLException.class)) {
            return TLS;
        }
        return FAILURE;
    }

    /** Whether the failure or any of its causes is of the type. */
    public static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
