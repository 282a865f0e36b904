package dev.netbasics.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetrcTest {

    @TempDir
    Path directory;

    @Test
    void parsesMachinesQuotesAndDefaultsAndSkipsMacros() {
        assertEquals(List.of(new Netrc.Entry("ftp.example.org", "alice", "two words"),
                new Netrc.Entry("ftp.example.org", "bob", "b0b"),
                new Netrc.Entry(null, "anonymous", "me@example.org")), Netrc.parse("""
                # comment
                machine ftp.example.org login alice password "two words"
                machine ftp.example.org login bob password b0b account x
                macdef init
                cd /pub
                machine evil login mallory password inside-a-macro

                default login anonymous password me@example.org
                """));
    }

    @Test
    void findsTheHostCaseInsensitivelyThenByUserThenTheDefault() throws IOException {
        Path file = directory.resolve("netrc");
        Files.writeString(file, """
                machine FTP.example.org login alice password a
                machine ftp.example.org login bob password b
                default login anonymous password me@example.org
                """);
        Netrc netrc = Netrc.read(file);
        assertEquals("a", netrc.find("ftp.example.org", null).password());
        assertEquals("b", netrc.find("ftp.example.org", "bob").password());
        assertEquals("me@example.org", netrc.find("other.example.org", null).password());
        assertNull(netrc.find("other.example.org", "carol"));
    }

    @Test
    void aMissingFileIsAUsageErrorSayingSo() {
        Path missing = directory.resolve("missing");
        FtpToolsException e = assertThrows(FtpToolsException.class, () -> Netrc.read(missing));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("cannot read netrc file " + missing + ": no such file", e.getMessage());
    }

    @Test
    void notesAFileOthersCanRead() throws IOException {
        Path file = directory.resolve("netrc");
        Files.writeString(file, "machine h login u password p\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(Netrc.read(file).readableByOthers());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(false, Netrc.read(file).readableByOthers());
    }
}
