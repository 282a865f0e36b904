package dev.netbasics.ftp.client;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.apache.commons.net.ftp.FTPClient;

/**
 * Plain FTP with bounded replies and the EPSV fallback ({@link ControlGuard}), whose data connections, once
 * {@link #useChannelsForData()} is called, are socket channels, so that downloads read them straight into direct
 * buffers ({@link DataConnection}).
 */
final class PlainFtpClient extends FTPClient implements DataConnectionOpener {

    private final ControlGuard guard = new ControlGuard(this, text -> fireReplyReceived(0, text));

    @Override
    protected void _connectAction_(Reader socketIsReader) throws IOException {
        ControlGuard.sendAtOnce(_socket_);
        super._connectAction_(socketIsReader != null ? socketIsReader
                : ControlGuard.replyReader(_socket_, getControlEncoding(), getDefaultTimeout()));
    }

    @Override
    public int epsv() throws IOException {
        return guard.epsv(_socket_, super::epsv);
    }

    @Override
    public int pasv() throws IOException {
        return guard.pasv(super::pasv);
    }

    /** From now on data connections are socket channels; the control connection keeps its socket. */
    void useChannelsForData() {
        new DataSockets() {
            @Override
            Socket socket() throws IOException {
                return SocketChannel.open().socket();
            }

            @Override
            ServerSocket serverSocket() throws IOException {
                return ServerSocketChannel.open().socket();
            }
        }.install(this);
    }

    @Override
    public Socket openDataConnection(String command, String argument) throws IOException {
        return _openDataConnection_(command, argument);
    }
}
