package dev.netbasics.chat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The programs nobody here wrote that the integration tests talk to; a test whose peer is absent skips itself. */
final class Peers {

    /** Our Python 3 versions of the book's server.py and client.py. */
    static final Path BOOK_SCRIPTS = Path.of("..", "dist", "python");

    private Peers() {
    }

    /** Skips the test unless the command (a peer's version query) runs and succeeds. */
    static void assumeInstalled(String... versionCommand) {
        boolean installed;
        try {
            Process process = new ProcessBuilder(versionCommand).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            installed = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        assumeTrue(installed, versionCommand[0] + " is not installed");
    }

    /** The book's script with its arguments, run by python3. */
    static List<String> bookScript(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", BOOK_SCRIPTS.resolve(script).toString()));
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
