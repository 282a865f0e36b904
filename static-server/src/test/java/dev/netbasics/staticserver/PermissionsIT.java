package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.netbasics.cli.Prerequisites;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the server may not read (README): they answer 404, as files that do not exist, not 403, which would
 * tell that they do; and a file made unreadable is seen at its next request, not served from the loop's cache.
 * The server runs as an unprivileged user (nobody, through setpriv) when the test runs as root, who reads
 * everything.
 */
class PermissionsIT {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final String SECRET = "only for the owner";

    @TempDir
    Path root;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(root.resolve("locked.txt"), SECRET);
        Files.writeString(root.resolve("open.txt"), SECRET);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root.resolve("open.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(root.resolve("locked.txt"), PosixFilePermissions.fromString("---------"));
    }

    private ServerProcess serveUnprivileged() throws Exception {
        if (!Prerequisites.isRoot()) {
            return ServerProcess.serve(root, "-q");
        }
        Prerequisites.requireExecutable(SETPRIV, "util-linux");
        return ServerProcess.serveThrough(List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534",
                "--clear-groups", "--"), root, "-q");
    }

    @Test
    void anUnreadableFileAnswers404NotA403() throws Exception {
        try (ServerProcess server = serveUnprivileged()) {
            RawResponse response = server.exchange("GET /locked.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(404, response.status());
            assertFalse(response.text().contains(SECRET), response.text());
        }
    }

    /** One connection is served by one event loop, so the second request would meet the first's cache entry. */
    @Test
    void aFileMadeUnreadableIsNotServedFromTheCache() throws Exception {
        try (ServerProcess server = serveUnprivileged(); Socket socket = server.connect()) {
            ServerProcess.write(socket.getOutputStream(), "GET /open.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(SECRET, RawResponse.read(socket.getInputStream(), false).text());
            Files.setPosixFilePermissions(root.resolve("open.txt"), PosixFilePermissions.fromString("---------"));
            ServerProcess.write(socket.getOutputStream(), "GET /open.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(404, RawResponse.read(socket.getInputStream(), false).status());
        }
    }
}
