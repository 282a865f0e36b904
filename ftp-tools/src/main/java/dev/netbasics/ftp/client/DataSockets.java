package dev.netbasics.ftp.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import org.apache.commons.net.DefaultSocketFactory;
import org.apache.commons.net.ftp.FTPClient;

/**
 * The sockets a client's data connections are made of, when they must be of our own kind: Commons Net creates a
 * socket unconnected and connects it (passive mode), or accepts on a server socket bound where it asks (active).
 */
abstract class DataSockets {

    /** A new, unconnected socket. */
    abstract Socket socket() throws IOException;

    /** A new, unbound server socket, whose accepted sockets are of the same kind. */
    abstract ServerSocket serverSocket() throws IOException;

    /** From now on the client's data connections are made of these sockets; a connected control socket stays. */
    final void install(FTPClient client) {
        client.setSocketFactory(new DefaultSocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                return socket();
            }
        });
        client.setServerSocketFactory(new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                return createServerSocket(port, 1, null);
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                return createServerSocket(port, backlog, null);
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                ServerSocket server = serverSocket();
                try {
                    server.bind(new InetSocketAddress(address, port), backlog);
                } catch (IOException | RuntimeException e) {
                    server.close();
                    throw e;
                }
                return server;
            }
        });
    }
}
