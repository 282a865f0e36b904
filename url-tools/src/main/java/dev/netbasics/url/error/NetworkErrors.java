package dev.netbasics.url.error;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.http.HttpPeerException;
import dev.netbasics.cli.ssl.TlsFailureText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/** Names socket failures the way urllib's {@code URLError} does, errno included, so scripts see familiar text. */
public final class NetworkErrors {

    private NetworkErrors() {
    }

    /** A body's fault is said as the client said it, with its own exit code: Python's http.client raises it too. */
    public static UrlToolsException urlError(IOException failure) {
        if (failure instanceof HttpPeerException peer) {
            return UrlToolsException.badAnswer(peer.exitCode(), peer.getMessage());
        }
        return UrlToolsException.urlError(ExitCode.of(failure), reason(failure));
    }

    public static String reason(IOException failure) {
        if (failure instanceof UnknownHostException) {
            return "[Errno -2] Name or service not known";
        }
        if (failure instanceof NoRouteToHostException) {
            return "[Errno 113] No route to host";
        }
        if (failure instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (failure instanceof ConnectException) {
            return "[Errno 111] Connection refused";
        }
        if (failure instanceof SSLException) {
            return tlsReason(failure);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** Python's {@code [SSL: …]} tag, then what failed and what to do in words (never a JDK class name). */
    private static String tlsReason(IOException failure) {
        String words = TlsFailureText.describe(failure);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + words;
            }
        }
        return "[SSL] " + words;
    }
}
