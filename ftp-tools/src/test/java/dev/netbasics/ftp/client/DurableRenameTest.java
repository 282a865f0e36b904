package dev.netbasics.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A received .part file becomes its target only once it is on disk; when that fails, only the .part remains. */
class DurableRenameTest {

    private static final byte[] CONTENT = "hello\n".repeat(100).getBytes();

    @TempDir
    Path directory;

    @Test
    void forcesClosesAndRenamesOverAnOlderFile() throws IOException {
        Path part = directory.resolve(".hello.part");
        Path target = Files.writeString(directory.resolve("hello"), "old");
        FileChannel file = written(part);

        DurableRename.start(file, part, target).await();

        assertFalse(file.isOpen());
        assertFalse(Files.exists(part));
        assertArrayEquals(CONTENT, Files.readAllBytes(target));
    }

    @Test
    void aFileThatCannotBeForcedKeepsItsPartNameAndSaysWhy() throws IOException {
        Path part = directory.resolve(".hello.part");
        Path target = directory.resolve("hello");
        FileChannel file = written(part);
        file.close();

        DurableRename rename = DurableRename.start(file, part, target);
        FtpToolsException failure = assertThrows(FtpToolsException.class, rename::await);

        assertEquals(ExitCode.FAILURE, failure.exitCode());
        assertTrue(failure.getMessage().startsWith("cannot write " + target + ": "), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(data kept in .hello.part)"), failure.getMessage());
        assertFalse(Files.exists(target));
        assertArrayEquals(CONTENT, Files.readAllBytes(part));
    }

    private static FileChannel written(Path part) throws IOException {
        FileChannel file = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        file.write(ByteBuffer.wrap(CONTENT));
        return file;
    }
}
