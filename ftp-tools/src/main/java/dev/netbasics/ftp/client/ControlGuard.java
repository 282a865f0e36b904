package dev.netbasics.ftp.client;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.Inet6Address;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.io.CRLFLineReader;

/**
 * What both of our Commons Net clients add to the control connection: replies read through a
 * {@link BoundedReplyReader}, and passive mode that falls back from EPSV to PASV, as curl does, both when the
 * server refuses EPSV and when it leaves EPSV unanswered for {@link #EPSV_WAIT} (some old servers and NAT boxes
 * swallow it); after either, the session uses PASV only. On IPv6 there is no fallback: PASV carries an IPv4
 * address.
 */
final class ControlGuard {

    /** How long an EPSV may go unanswered before PASV is tried (at most the reply timeout). */
    static final Duration EPSV_WAIT = Duration.ofSeconds(2);
    /** What {@link #epsv} returns when EPSV went unanswered: not 229, so Commons Net goes on with PASV. */
    private static final int NO_REPLY = -1;

    /** A call into the client's superclass: EPSV or PASV, answering the reply code. */
    interface Command {
        int send() throws IOException;
    }

    private final FTPClient client;
    private final Consumer<String> note;
    private boolean epsvUnanswered;

    /** @param note tells the control trace what happened besides commands and replies */
    ControlGuard(FTPClient client, Consumer<String> note) {
        this.client = client;
        this.note = note;
    }

    /**
     * Readies a connected socket that carries TLS handshakes: without Nagle's algorithm, as the JDK writes a
     * handshake's last flight in more than one segment and the second would wait for the peer's delayed ACK (40 ms
     * here, per handshake: FTPS makes one for the control connection and one per data connection).
     */
    static void sendAtOnce(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
    }

    /**
     * The reader Commons Net reads replies from: bounded in size and time (each reply must arrive whole within
     * {@code timeoutMillis}, the client's reply timeout), lines split at CR LF as Commons Net splits them.
     */
    static CRLFLineReader replyReader(Socket control, String encoding, int timeoutMillis) throws IOException {
        Reader text = new InputStreamReader(control.getInputStream(), encoding);
        return new CRLFLineReader(new BoundedReplyReader(text, control, Duration.ofMillis(timeoutMillis)));
    }

    /** Sends EPSV, waiting at most {@link #EPSV_WAIT} for its reply on IPv4. */
    int epsv(Socket control, Command epsv) throws IOException {
        if (control.getInetAddress() instanceof Inet6Address) {
            return epsv.send();
        }
        int timeout = control.getSoTimeout();
        control.setSoTimeout(timeout > 0 ? (int) Math.min(timeout, EPSV_WAIT.toMillis()) : (int) EPSV_WAIT.toMillis());
        try {
            int code = epsv.send();
            if (code != FTPReply.ENTERING_EPSV_MODE) {
                client.setUseEPSVwithIPv4(false);
            }
            return code;
        } catch (SocketTimeoutException e) {
            epsvUnanswered = true;
            client.setUseEPSVwithIPv4(false);
            note.accept("no reply to EPSV within " + EPSV_WAIT.toSeconds() + " s: PASV from now on");
            return NO_REPLY;
        } finally {
            control.setSoTimeout(timeout);
        }
    }

    /** Sends PASV; after an unanswered EPSV, a late 229 to it is read past. */
    int pasv(Command pasv) throws IOException {
        int code = pasv.send();
        if (epsvUnanswered && code == FTPReply.ENTERING_EPSV_MODE) {
            code = client.getReply();
        }
        return code;
    }
}
