package dev.netbasics.http.client;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saves a body to a file: written to a temporary file beside it and renamed only once complete (the client's
 * framing fails a body cut short of its length), so an interrupted download never leaves a file that looks whole.
 */
public final class Download {

    private static final int BUFFER = 64 * 1024;

    private Download() {
    }

    /**
     * Refuses a target that could never be written (a directory, or a file in no directory) as a usage error;
     * called before {@link #save}, as soon as the target is known.
     */
    public static void checkTarget(Path target) {
        if (Files.isDirectory(target)) {
            throw new HttpToolsException(ExitCode.USAGE, "cannot write " + target + ": it is a directory");
        }
        if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
            throw new HttpToolsException(ExitCode.USAGE, "cannot write " + target + ": no such directory");
        }
    }

    /** {@code replace}: whether an existing target is overwritten (else the download fails, and leaves it). */
    public static long save(InputStream body, Path target, long expectedLength, PrintWriter progressOut,
            boolean replace) throws IOException {
        Path partial;
        try {
            partial = newPartialFile(target);
        } catch (IOException e) {
            throw new HttpToolsException(ExitCode.FAILURE, "cannot write " + target + ": "
                    + (e instanceof AccessDeniedException ? "permission denied" : ErrorHandler.describe(e)));
        }
        ProgressBar progress = progressOut == null ? null : new ProgressBar(progressOut, expectedLength);
        // Ctrl-C or SIGTERM ends the process without running the finally below; shutdown hooks do run.
        Thread removeOnInterrupt = new Thread(() -> deleteQuietly(partial));
        Runtime.getRuntime().addShutdownHook(removeOnInterrupt);
        long written = 0;
        try {
            try (InputStream in = body; OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    written += n;
                    if (progress != null) {
                        progress.update(written);
                    }
                }
            }
            if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new HttpToolsException(ExitCode.USAGE, target + " appeared during the download; not"
                        + " overwritten (--force overwrites it)");
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        } finally {
            Files.deleteIfExists(partial);
            try {
                Runtime.getRuntime().removeShutdownHook(removeOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, and removes nothing that is left
            }
            if (progress != null) {
                progress.finish();
            }
        }
    }

    /**
     * A new, empty file beside the target. Not Files.createTempFile: its mode 0600 would stay on the finished file,
     * where curl's downloads get what the umask gives (0644 under the usual 022).
     */
    private static Path newPartialFile(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        while (true) {
            String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(directory.resolve("." + target.getFileName() + "." + unique + ".part"));
            } catch (FileAlreadyExistsException e) {
                // another download's, or an earlier one's: draw again
            }
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // nothing more can be done while the process ends
        }
    }

    /** A one-line bar on a terminal's stderr, redrawn at most ten times a second. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter out;
        private final long total;
        private long lastDraw;

        ProgressBar(PrintWriter out, long total) {
            this.out = out;
            this.total = total;
        }

        void update(long done) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && done != total) {
                return;
            }
            lastDraw = now;
            if (total > 0) {
                int filled = (int) (WIDTH * done / total);
                out.printf("\r[%s%s] %3d%% %s", "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done / total,
                        size(done));
            } else {
                out.printf("\r%s", size(done));
            }
            out.flush();
        }

        void finish() {
            out.println();
            out.flush();
        }

        private static String size(long bytes) {
            return bytes < 1024 * 1024 ? String.format("%.1f KiB", bytes / 1024.0)
                    : String.format("%.1f MiB", bytes / (1024.0 * 1024));
        }
    }
}
