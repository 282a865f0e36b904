package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one remote file at a time into a local directory, never leaving a file that looks complete when it is
 * not: data goes to {@code .NAME.part} beside the target, which is renamed to NAME only after the server's 226, a
 * size check and forcing it to disk, the last while the next file downloads ({@link DurableRename}).
 * {@code --continue} resumes a {@code .part} file with REST. Which files, and where, is {@link GetRun}'s choice.
 */
final class Downloader {

    /** A remote size not asked for (SIZE answers -1 when the server does not say). */
    private static final long UNASKED = -2;
    private static final Pattern ANNOUNCED_SIZE = Pattern.compile("\\((\\d+) bytes\\)");

    /** What became of one file. */
    enum Outcome {
        /** Downloaded, or already complete with --continue. */
        DONE,
        /** Kept as it was: it exists and --skip-existing. */
        SKIPPED,
        /** The server refused RETR: {@link FtpSession#replyLines()} says why (perhaps it is a directory). */
        REFUSED
    }

    private final FtpSession session;
    private final GetOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The previous file's force and rename, still running, or {@code null}. */
    private DurableRename pending;

    Downloader(FtpSession session, GetOptions options, PrintWriter out, PrintWriter err) {
        this.session = session;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Downloads the remote file (a name or a path the server resolves) into the directory as {@code name}, a name
     * already checked to be a plain file name; prints the book's {@code Downloading...LABEL} once the server sends
     * it. Throws when the transfer breaks or an existing file is in the way.
     */
    Outcome download(String remote, Path directory, String name, String label) throws IOException {
        Path target = directory.resolve(name);
        Path part = directory.resolve("." + name + ".part");
        if (!directory.equals(target.getParent()) || !directory.equals(part.getParent())) {
            throw new IllegalStateException("unsafe name passed the check: " + name);
        }
        if (pending != null && pending.target().equals(target)) {
            awaitPending(); // a name listed twice: its .part file is still being renamed
        }
        // a local directory of the name is no file in the way: the remote name is likely a directory too
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && options.skipExisting()) {
            err.println("Skipping " + label + ": it exists");
            err.flush();
            return Outcome.SKIPPED;
        }
        boolean keepTarget = exists && !options.force();
        if (keepTarget && !options.resume()) {
            throw new FtpToolsException(ExitCode.FAILURE, existsMessage(name, directory));
        }
        boolean resumable = options.resume() && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS);
        // SIZE first only when a decision or the progress bar needs it; else the 150 reply (vsftpd's) or a SIZE
        // after the transfer gives the size to check, and a round trip per file is saved
        long remoteSize = keepTarget || resumable || options.progress() ? session.size(remote) : UNASKED;
        if (keepTarget) {
            if (remoteSize >= 0 && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(target) == remoteSize) {
                err.println("Skipping " + label + ": already complete");
                err.flush();
                return Outcome.DONE;
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
            out.println("Downloading..." + label);
            out.flush();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Outcome.DONE;
        }
        FileChannel file = transfer(remote, label, part, offset, remoteSize);
        if (file == null) {
            return Outcome.REFUSED;
        }
        awaitPending();
        pending = DurableRename.start(file, part, target);
        return Outcome.DONE;
    }

    /** Why a file in the way stops {@code get}, with the options that would not stop. */
    static String existsMessage(String name, Path directory) {
        return name + " already exists in " + directory
                + " (--force overwrites, --continue resumes, --skip-existing keeps it)";
    }

    /** Waits until the last file is on disk under its name. */
    void finish() throws IOException {
        awaitPending();
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
    private FileChannel transfer(String remote, String label, Path part, long offset, long remoteSize)
            throws IOException {
        FileChannel file;
        try {
            file = FileChannel.open(part, openOptions(offset));
        } catch (IOException e) {
            throw new FtpToolsException(ExitCode.FAILURE, "cannot write " + part + ": " + FtpFailures.fileProblem(e), e);
        }
        boolean handedOver = false;
        try {
            DataConnection data = session.retrieve(remote, offset);
            if (data == null) {
                if (offset == 0) {
                    file.close();
                    Files.delete(part);
                }
                return null;
            }
            out.println("Downloading..." + label);
            out.flush();
            long expected = remoteSize >= 0 ? remoteSize : offset == 0 ? announcedSize(session.replyLines()) : -1;
            ProgressBar progress = options.progress() ? new ProgressBar(err, label, expected, offset) : null;
            FileReceiver receiver = new FileReceiver(data, file, offset, progress);
            long size;
            try (data) {
                receiver.receive();
            } catch (IOException e) {
                throw interrupted(label, part, e);
            } finally {
                size = receiver.received();
                if (progress != null) {
                    progress.finish(size);
                }
            }
            try {
                if (!session.finishTransfer()) {
                    throw session.fail("download of " + label + " failed (partial data kept in " + part.getFileName()
                            + ")");
                }
            } catch (IOException e) {
                throw interrupted(label, part, e);
            }
            if (expected < 0 && remoteSize == UNASKED) {
                expected = session.size(remote);
            }
            if (expected >= 0 && size != expected) {
                throw new FtpToolsException(ExitCode.FAILURE, label + ": received " + size + " bytes but the"
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
