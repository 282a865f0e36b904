package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files kept in memory are served again only while they are the same file, unchanged: a new size,
 * modification time or inode is seen at the next request, and a file or directory swapped for a symbolic
 * link to outside the root never serves what lies outside.
 */
class FileCacheIT {

    private static final Instant WHEN = Instant.parse("2024-05-06T07:08:09Z");

    @TempDir
    Path base;

    private Path root;
    private ServerProcess server;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(base.resolve("root"));
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/file.txt"), "inside");
        Files.createDirectories(base.resolve("outside"));
        Files.writeString(base.resolve("outside/file.txt"), "OUTSIDE");
        Files.writeString(base.resolve("secret.txt"), "SECRET");
        write("page.txt", "first");
        server = ServerProcess.serve(root, "-q");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(root.resolve(name), text);
        Files.setLastModifiedTime(root.resolve(name), FileTime.from(WHEN));
    }

    private String get(String path) throws Exception {
        RawResponse response = server.exchange("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        return response.status() == 200 ? response.text() : Integer.toString(response.status());
    }

    @Test
    void aNewSizeIsSeen() throws Exception {
        assertEquals("first", get("/page.txt"));
        write("page.txt", "second, longer");
        assertEquals("second, longer", get("/page.txt"));
    }

    @Test
    void aNewModificationTimeIsSeen() throws Exception {
        assertEquals("first", get("/page.txt"));
        Files.writeString(root.resolve("page.txt"), "fresh");
        Files.setLastModifiedTime(root.resolve("page.txt"), FileTime.from(WHEN.plusSeconds(1)));
        assertEquals("fresh", get("/page.txt"));
    }

    @Test
    void anotherFileOfTheSameSizeAndTimeIsSeen() throws Exception {
        assertEquals("first", get("/page.txt"));
        Path replacement = root.resolve("replacement.tmp");
        Files.writeString(replacement, "other");
        Files.setLastModifiedTime(replacement, FileTime.from(WHEN));
        Files.move(replacement, root.resolve("page.txt"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        assertEquals("other", get("/page.txt"));
    }

    @Test
    void aRemovedFileIsGone() throws Exception {
        assertEquals("first", get("/page.txt"));
        Files.delete(root.resolve("page.txt"));
        assertEquals("404", get("/page.txt"));
    }

    @Test
    void aFileSwappedForALinkOutsideServesNothingFromOutside() throws Exception {
        assertEquals("first", get("/page.txt"));
        Files.delete(root.resolve("page.txt"));
        Files.createSymbolicLink(root.resolve("page.txt"), base.resolve("secret.txt"));
        String answer = get("/page.txt");
        assertEquals("404", answer);
        assertFalse(answer.contains("SECRET"));
    }

    @Test
    void aDirectorySwappedForALinkOutsideServesNothingFromOutside() throws Exception {
        assertEquals("inside", get("/sub/file.txt"));
        Files.delete(root.resolve("sub/file.txt"));
        Files.delete(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub"), base.resolve("outside"));
        assertEquals("404", get("/sub/file.txt"));
    }
}
