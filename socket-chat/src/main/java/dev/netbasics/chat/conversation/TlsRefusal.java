package dev.netbasics.chat.conversation;

import dev.netbasics.cli.ssl.TlsClientFailureText;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Why a server let a client go during its TLS handshake, as the console says it. */
final class TlsRefusal {

    private TlsRefusal() {
    }

    static String describe(IOException failure, Duration timeout) {
        return failure instanceof SocketTimeoutException
                ? "silent for " + timeout.toSeconds() + " s during the TLS handshake"
                : TlsClientFailureText.describe(failure);
    }
}
