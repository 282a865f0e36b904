package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.apache.ftpserver.ftplet.FtpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtpUrlTest {

    @TempDir
    Path root;

    private TestFtpServer server;
    private byte[] binary;

    @BeforeEach
    void start() throws IOException, FtpException {
        binary = new byte[300_000];
        new Random(7).nextBytes(binary);
        Files.createDirectories(root.resolve("pub/sub"));
        Files.write(root.resolve("pub/data.bin"), binary);
        Files.writeString(root.resolve("pub/notes.txt"), "line one\r\nline two\r\n");
        server = new TestFtpServer(root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anonymousDownloadIsByteForByte() {
        ToolRun read = ToolRun.run("read", server.url("", "/pub/data.bin"));
        assertEquals(0, read.status(), read.err());
        assertArrayEquals(binary, read.body());
        ToolRun headers = ToolRun.run("headers", server.url("", "/pub/notes.txt"));
        assertEquals(0, headers.status(), headers.err());
        // MINA's 150 reply names no size, so there is no Content-length, as with urllib
        assertEquals("Content-type: text/plain\n\n\n", headers.out());
    }

    @Test
    void typeAKeepsTheBytesAsSentLikeUrllib() {
        ToolRun read = ToolRun.run("read", "--repr", server.url("", "/pub/notes.txt;type=a"));
        assertEquals(0, read.status(), read.err());
        assertEquals("b'line one\\r\\nline two\\r\\n'\n", read.out());
    }

    @Test
    void aDirectoryIsListed() {
        ToolRun listing = ToolRun.run("read", server.url("", "/pub/"));
        assertEquals(0, listing.status(), listing.err());
        assertTrue(listing.bodyText().contains("data.bin"), listing.bodyText());
        assertTrue(listing.bodyText().contains("sub"), listing.bodyText());
        ToolRun named = ToolRun.run("read", server.url("", "/pub/sub"));
        assertEquals(0, named.status(), named.err());
    }

    @Test
    void userWithPasswordFromTheEnvironment() {
        ToolRun run = ToolRun.withEnvironment(Map.of("FTP_PASSWORD", TestFtpServer.PASSWORD),
                "read", server.url(TestFtpServer.USER + "@", "/pub/notes.txt"));
        assertEquals(0, run.status(), run.err());
        assertEquals("line one\r\nline two\r\n", run.bodyText());
    }

    @Test
    void wrongPasswordAndMissingFilesAreFtpErrors() {
        ToolRun login = ToolRun.withEnvironment(Map.of("FTP_PASSWORD", "wrong"),
                "read", server.url(TestFtpServer.USER + "@", "/pub/notes.txt"));
        assertEquals(1, login.status());
        assertTrue(login.err().startsWith("Error: <urlopen error ftp error: 530"), login.err());
        assertTrue(!login.err().contains("wrong"), login.err());
        ToolRun missing = ToolRun.run("read", server.url("", "/pub/missing.txt"));
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("Error: <urlopen error ftp error: 550"), missing.err());
        ToolRun missingDirectory = ToolRun.run("read", server.url("", "/nope/file.txt"));
        assertTrue(missingDirectory.err().startsWith("Error: <urlopen error ftp error: 550"), missingDirectory.err());
    }
}
