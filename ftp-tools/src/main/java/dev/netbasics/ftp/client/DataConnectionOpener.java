package dev.netbasics.ftp.client;

import java.io.IOException;
import java.net.Socket;

/** What both of our Commons Net clients offer {@link FtpSession}: a data connection for a command, as a socket. */
interface DataConnectionOpener {

    /**
     * Sends the command (after EPSV/PASV or EPRT/PORT, and REST when a restart offset is set) and returns the data
     * connection, or {@code null} when the server refuses (the reply says why).
     */
    Socket openDataConnection(String command, String argument) throws IOException;
}
