package dev.netbasics.chat;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The programs nobody here wrote that the integration tests talk to, beyond what {@link Prerequisites} knows. */
final class Peers {

    /** Our Python 3 versions of the book's server.py and client.py. */
    static final Path BOOK_SCRIPTS = Path.of("..", "dist", "python");
    /** Debian's interpreter: python3 on PATH may be a slower shim. */
    static final String PYTHON = "/usr/bin/python3";

    private Peers() {
    }

    static void requirePython() {
        Prerequisites.requireCommand("python3", PYTHON, "--version");
    }

    static void requireNcat() {
        Prerequisites.requireCommand("ncat", "ncat", "--version");
    }

    static void requireOpenSsl() {
        Prerequisites.requireCommand("openssl", "openssl", "version");
    }

    /** The book's script with its arguments, run by python3. */
    static List<String> bookScript(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, BOOK_SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** A loopback port free a moment ago, for peers that cannot be told to take port 0 and say which. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
