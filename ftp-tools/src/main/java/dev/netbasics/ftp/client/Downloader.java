package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.python.PythonRepr;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads listed files into a local directory, never outside it and never leaving a file that looks complete
 * when it is not: data goes to {@code .NAME.part} beside the target, which is renamed to NAME only after the
 * server's 226, a size check and forcing it to disk, the last while the next file downloads ({@link DurableRename}).
 * {@code --continue} resumes a {@code .part} file with REST.
 */
public final class Downloader {

    /** A remote size not asked for (SIZE answers -1 when the server does not say). */
    private static final long UNASKED = -2;
    private static final Pattern ANNOUNCED_SIZE = Pattern.compile("\\((\\d+) bytes\\)");

    /**
     * @param directory where the files go (absolute, normalized)
     * @param resume    {@code --continue}: resume {@code .part} files, skip complete ones
     * @param force     overwrite existing files
     * @param progress  draw a progress bar on stderr
     */
    public record Options(Path directory, boolean resume, boolean force, boolean progress) {
    }

    private final FtpSession session;
    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The previous file's force and rename, still running, or {@code null}. */
    private DurableRename pending;

    public Downloader(FtpSession session, Options options, PrintWriter out, PrintWriter err) {
        this.session = session;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** The names a server listed that are safe as local file names; the others are skipped with a warning. */
    private List<String> safeNames(List<String> names) {
        List<String> safe = new ArrayList<>();
        for (String name : names) {
            String reason = ServerText.unsafeNameReason(name);
            if (reason == null) {
                safe.add(name);
            } else {
                warnSkipping(name, reason);
            }
        }
        return safe;
    }

    /**
     * The names this process can create as files, warning about the others. Only the JVM under the C/POSIX locale
     * has any: its file names are ASCII then, fixed at start-up ({@code sun.jnu.encoding}), where Python and the
     * native executable use UTF-8.
     */
    private List<String> storableNames(List<String> names) {
        List<String> storable = new ArrayList<>();
        for (String name : names) {
            try {
                options.directory().resolve("." + name + ".part");
                storable.add(name);
            } catch (InvalidPathException e) {
                warnSkipping(name, "not a file name in this locale's encoding ("
                        + System.getProperty("sun.jnu.encoding") + "); run with LC_ALL=C.UTF-8");
            }
        }
        return storable;
    }

    private void warnSkipping(String name, String reason) {
        StringBuilder shown = new StringBuilder();
        PythonRepr.appendRepr(shown, name);
        err.println("Warning: skipping " + shown + ": " + reason);
        err.flush();
    }

    /**
     * Downloads each name, printing the book's {@code Downloading...NAME}; returns the exit status: 1 when a file
     * the server listed with a safe name could not be downloaded.
     */
    public int downloadAll(List<String> names) throws IOException {
        List<String> safe = safeNames(names);
        List<String> storable = storableNames(safe);
        if (!options.force() && !options.resume()) {
            for (String name : storable) {
                if (Files.exists(options.directory().resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FtpToolsException(ExitCode.FAILURE, name + " already exists in "
                            + options.directory() + " (--force overwrites, --continue resumes)");
                }
            }
        }
        int failed = safe.size() - storable.size();
        try {
            for (String name : storable) {
                out.println("Downloading..." + name);
                out.flush();
                if (!download(name)) {
                    failed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                awaitPending();
            } catch (IOException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        awaitPending();
        if (failed > 0) {
            err.println("Error: " + failed + " of " + safe.size() + " files not downloaded");
            err.flush();
            return ExitCode.FAILURE;
        }
        return 0;
    }

    /** One file; false when the server refused it (a warning says why); throws when a transfer breaks. */
    private boolean download(String name) throws IOException {
        Path directory = options.directory();
        Path target = directory.resolve(name);
        Path part = directory.resolve("." + name + ".part");
        if (!directory.equals(target.getParent()) || !directory.equals(part.getParent())) {
            throw new IllegalStateException("unsafe name passed the check: " + name);
        }
        if (pending != null && pending.target().equals(target)) {
            awaitPending(); // a name listed twice: its .part file is still being renamed
        }
        boolean keepTarget = !options.force() && Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        boolean resumable = options.resume() && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS);
        // SIZE first only when a decision or the progress bar needs it; else the 150 reply (vsftpd's) or a SIZE
        // after the transfer gives the size to check, and a round trip per file is saved
        long remoteSize = keepTarget || resumable || options.progress() ? session.size(name) : UNASKED;
        if (keepTarget) {
            if (remoteSize >= 0 && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(target) == remoteSize) {
                err.println("Skipping " + name + ": already complete");
                err.flush();
                return true;
            }
            throw new FtpToolsException(ExitCode.FAILURE, name + " already exists in " + directory
                    + " and differs from the server's copy (--force overwrites)");
        }
        long offset = 0;
        if (resumable) {
            offset = Files.size(part);
            if (remoteSize >= 0 && offset > remoteSize) {
                err.println("Warning: " + part.getFileName() + " is larger than " + name + " on the server;"
                        + " downloading it again");
                offset = 0;
            }
        }
        if (offset > 0 && offset == remoteSize) {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        FileChannel file = transfer(name, part, offset, remoteSize);
        if (file == null) {
            return false;
        }
        awaitPending();
        pending = DurableRename.start(file, part, target);
        return true;
    }

    private void awaitPending() throws IOException {
        if (pending != null) {
            DurableRename rename = pending;
            pending = null;
            rename.await();
        }
    }

    /**
     * RETR into the part file (appending from offset), checked against the size the server gives; returns the
     * file, still open, to be forced to disk and renamed, or {@code null} when the server refused it.
     */
    private FileChannel transfer(String name, Path part, long offset, long remoteSize) throws IOException {
        FileChannel file;
        try {
            file = FileChannel.open(part, openOptions(offset));
        } catch (IOException e) {
            throw new FtpToolsException(ExitCode.FAILURE, "cannot write " + part + ": " + FtpFailures.fileProblem(e), e);
        }
        boolean handedOver = false;
        try {
            DataConnection data = session.retrieve(name, offset);
            if (data == null) {
                err.println("Warning: skipping " + name + ": " + ServerText.oneLine(session.replyLines()));
                err.flush();
                if (offset == 0) {
                    file.close();
                    Files.delete(part);
                }
                return null;
            }
            long expected = remoteSize >= 0 ? remoteSize : offset == 0 ? announcedSize(session.replyLines()) : -1;
            ProgressBar progress = options.progress() ? new ProgressBar(err, name, expected, offset) : null;
            FileReceiver receiver = new FileReceiver(data, file, offset, progress);
            long size;
            try (data) {
                receiver.receive();
            } catch (IOException e) {
                throw interrupted(name, part, e);
            } finally {
                size = receiver.received();
                if (progress != null) {
                    progress.finish(size);
                }
            }
            try {
                if (!session.finishTransfer()) {
                    throw session.fail("download of " + name + " failed (partial data kept in " + part.getFileName()
                            + ")");
                }
            } catch (IOException e) {
                throw interrupted(name, part, e);
            }
            if (expected < 0 && remoteSize == UNASKED) {
                expected = session.size(name);
            }
            if (expected >= 0 && size != expected) {
                throw new FtpToolsException(ExitCode.FAILURE, name + ": received " + size + " bytes but the"
                        + " server announced " + expected + " (kept as " + part.getFileName() + ")");
            }
            handedOver = true;
            return file;
        } finally {
            if (!handedOver) {
                file.close();
            }
        }
    }

    private static OpenOption[] openOptions(long offset) {
        // NOFOLLOW_LINKS: a planted symlink named like the .part file cannot redirect the write
        return offset > 0
                ? new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS}
                : new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS};
    }

    private static FtpToolsException interrupted(String name, Path part, IOException cause) {
        return new FtpToolsException(ExitCode.of(cause), "download of " + name + " interrupted: "
                + FtpFailures.describe(cause) + " (partial data kept in " + part.getFileName()
                + "; --continue resumes)", cause);
    }

    /** The size in a 150 reply such as vsftpd's "Opening BINARY mode data connection for hello (6 bytes).", or -1. */
    private static long announcedSize(List<String> reply) {
        Matcher matcher = ANNOUNCED_SIZE.matcher(String.join(" ", reply));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
