package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The last step of a download, on a thread of its own: forces the {@code .part} file to disk, closes it, and only
 * then renames it to its target, so that a crash leaves a {@code .part} file, never a short one under the real
 * name. On its own thread the disk's latency (an fsync is 0.3-0.6 ms here, more than a small file's transfer)
 * overlaps the next file's transfer.
 */
final class DurableRename implements Runnable {

    private final FileChannel file;
    private final Path part;
    private final Path target;
    private final Thread thread;
    private volatile IOException failure;

    private DurableRename(FileChannel file, Path part, Path target) {
        this.file = file;
        this.part = part;
        this.target = target;
        thread = new Thread(this, "durable-rename");
        thread.setDaemon(true);
    }

    /** Starts forcing the file (which it closes) and renaming part to target. */
    static DurableRename start(FileChannel file, Path part, Path target) {
        DurableRename rename = new DurableRename(file, part, target);
        rename.thread.start();
        return rename;
    }

    Path target() {
        return target;
    }

    @Override
    public void run() {
        try (file) {
            file.force(true);
        } catch (IOException e) {
            failure = e;
            return;
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Waits for the rename; throws when the file could not be written to disk or renamed. */
    void await() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted writing " + part.getFileName());
        }
        if (failure != null) {
            throw new FtpToolsException(ExitCode.FAILURE, "cannot write " + target + ": "
                    + FtpFailures.fileProblem(failure) + " (data kept in " + part.getFileName() + ")", failure);
        }
    }
}
