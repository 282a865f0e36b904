package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.apache.ftpserver.ftplet.FtpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtpUrlIT {

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
        // A file: URI names the file by its UTF-8 bytes, whatever the file names of this JVM's locale.
        Files.createDirectories(Path.of(URI.create(root.toUri() + "pub/d%C3%A9j%C3%A0")));
        Files.writeString(Path.of(URI.create(root.toUri() + "pub/d%C3%A9j%C3%A0/%C3%BCn%C3%AF.txt")), "unicode\n");
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
        assertArrayEquals(binary, read.out());
        ToolRun headers = ToolRun.run("headers", server.url("", "/pub/notes.txt"));
        assertEquals(0, headers.status(), headers.err());
        // MINA's 150 reply names no size, so there is no Content-length, as with urllib
        assertEquals("Content-type: text/plain\n\n\n", headers.outText());
    }

    @Test
    void typeAKeepsTheBytesAsSentLikeUrllib() {
        ToolRun read = ToolRun.run("read", "--repr", server.url("", "/pub/notes.txt;type=a"));
        assertEquals(0, read.status(), read.err());
        assertEquals("b'line one\\r\\nline two\\r\\n'\n", read.outText());
    }

    /** As ftplib sends them: in UTF-8, the server's encoding (RFC 2640), never Latin-1. */
    @Test
    void namesBeyondAsciiAreSentInUtf8() {
        ToolRun read = ToolRun.run("read", server.url("", "/pub/d%C3%A9j%C3%A0/%C3%BCn%C3%AF.txt"));
        assertEquals(0, read.status(), read.err());
        assertEquals("unicode\n", read.outText());
        ToolRun listing = ToolRun.run("read", server.url("", "/pub/"));
        assertTrue(listing.outText().contains("d\u00e9j\u00e0"), listing.outText());
    }

    @Test
    void aDirectoryIsListed() {
        ToolRun listing = ToolRun.run("read", server.url("", "/pub/"));
        assertEquals(0, listing.status(), listing.err());
        assertTrue(listing.outText().contains("data.bin"), listing.outText());
        assertTrue(listing.outText().contains("sub"), listing.outText());
        ToolRun named = ToolRun.run("read", server.url("", "/pub/sub"));
        assertEquals(0, named.status(), named.err());
    }

    @Test
    void userWithPasswordFromTheEnvironment() {
        ToolRun run = ToolRun.withEnvironment(Map.of("FTP_PASSWORD", TestFtpServer.PASSWORD),
                "read", server.url(TestFtpServer.USER + "@", "/pub/notes.txt"));
        assertEquals(0, run.status(), run.err());
        assertEquals("line one\r\nline two\r\n", run.outText());
    }

    @Test
    void wrongPasswordAndMissingFilesAreFtpErrors() {
        ToolRun login = ToolRun.withEnvironment(Map.of("FTP_PASSWORD", "wrong"),
                "read", server.url(TestFtpServer.USER + "@", "/pub/notes.txt"));
        assertEquals(ExitCode.LOGIN, login.status());
        assertTrue(login.err().startsWith("Error: <urlopen error ftp error: 530"), login.err());
        assertTrue(!login.err().contains("wrong"), login.err());
        ToolRun missing = ToolRun.run("read", server.url("", "/pub/missing.txt"));
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("Error: <urlopen error ftp error: 550"), missing.err());
        ToolRun missingDirectory = ToolRun.run("read", server.url("", "/nope/file.txt"));
        assertTrue(missingDirectory.err().startsWith("Error: <urlopen error ftp error: 550"), missingDirectory.err());
    }
}
