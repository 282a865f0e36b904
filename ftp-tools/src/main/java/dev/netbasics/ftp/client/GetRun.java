package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.python.PythonRepr;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code get}: the book's download of a directory's files (its NLST printed as a Python list first), or the
 * files and directories named, each into the target directory. A listed name the server refuses to send is tried as
 * a directory: skipped without {@code -r} (the summary says how many), with it downloaded into a local directory of
 * the same name, at most {@link #MAX_DEPTH} levels deep. Names unsafe as local file names are skipped with a warning.
 */
public final class GetRun {

    /** How deep {@code -r} goes: a server's directory loop (a symbolic link to a parent) ends here. */
    static final int MAX_DEPTH = 32;

    private final FtpSession session;
    private final GetOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Downloader downloader;
    private int files;
    private int failed;
    private int skippedDirectories;

    public GetRun(FtpSession session, GetOptions options, PrintWriter out, PrintWriter err) {
        this.session = session;
        this.options = options;
        this.out = out;
        this.err = err;
        this.downloader = new Downloader(session, options, out, err);
    }

    /** The book's get: the current directory's files; returns the exit status. */
    public int currentDirectory() throws IOException {
        try {
            listedDirectory();
        } catch (IOException | RuntimeException e) {
            finishAfter(e);
            throw e;
        }
        return finish();
    }

    /**
     * The remote files and directories named (paths the server resolves, relative to the current directory): a
     * directory's files as {@link #currentDirectory}, a file into the target directory under its last name.
     */
    public int named(List<String> remotes) throws IOException {
        try {
            String start = remotes.size() > 1 ? session.workingDirectory() : null;
            for (String remote : remotes) {
                if (session.enterDirectory(remote)) {
                    listedDirectory();
                    if (start != null) {
                        session.changeDirectory(start);
                    }
                } else {
                    namedFile(remote);
                }
            }
        } catch (IOException | RuntimeException e) {
            finishAfter(e);
            throw e;
        }
        return finish();
    }

    private void listedDirectory() throws IOException {
        List<String> names = session.nameList();
        out.println(PythonRepr.list(names));
        out.flush();
        directory(names, options.directory(), "", 0);
    }

    private void namedFile(String remote) throws IOException {
        String name = remote.substring(remote.lastIndexOf('/') + 1);
        files++;
        String reason = ServerText.unsafeNameReason(name);
        if (reason != null) {
            warnSkipping(remote, reason);
            failed++;
        } else if (downloader.download(remote, options.directory(), name, name) == Downloader.Outcome.REFUSED) {
            warnSkipping(remote, ServerText.oneLine(session.replyLines()));
            failed++;
        }
    }

    /** The listed names of the current remote directory, into the local one; {@code label} prefixes names shown. */
    private void directory(List<String> names, Path local, String label, int depth) throws IOException {
        List<String> storable = storableNames(safeNames(names, label), local, label);
        if (!options.force() && !options.resume() && !options.skipExisting()) {
            for (String name : storable) {
                Path existing = local.resolve(name);
                if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FtpToolsException(ExitCode.FAILURE, Downloader.existsMessage(label + name, local));
                }
            }
        }
        String here = null;
        for (String name : storable) {
            if (downloader.download(name, local, name, label + name) != Downloader.Outcome.REFUSED) {
                files++;
                continue;
            }
            List<String> refusal = session.replyLines();
            if (here == null) {
                here = session.workingDirectory();
            }
            if (!session.enterDirectory(name)) {
                files++;
                failed++;
                warnSkipping(label + name, ServerText.oneLine(refusal));
                continue;
            }
            if (!options.recursive()) {
                skippedDirectories++;
            } else if (depth + 1 >= MAX_DEPTH) {
                failed++;
                warnSkipping(label + name, "deeper than " + MAX_DEPTH + " directories");
            } else {
                Path subdirectory = localDirectory(local, name, label);
                if (subdirectory != null) {
                    directory(session.nameList(), subdirectory, label + name + "/", depth + 1);
                }
            }
            session.changeDirectory(here);
        }
    }

    /** The local directory for a remote one, made when missing; {@code null} when something else is in the way. */
    private Path localDirectory(Path local, String name, String label) throws IOException {
        Path directory = local.resolve(name);
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return directory;
        }
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            failed++;
            warnSkipping(label + name, "it exists here and is not a directory");
            return null;
        }
        try {
            return Files.createDirectory(directory);
        } catch (IOException e) {
            throw new FtpToolsException(ExitCode.FAILURE, "cannot make " + directory + ": "
                    + FtpFailures.fileProblem(e), e);
        }
    }

    /** The names a server listed that are safe as local file names; the others are skipped with a warning. */
    private List<String> safeNames(List<String> names, String label) {
        List<String> safe = new ArrayList<>();
        for (String name : names) {
            String reason = ServerText.unsafeNameReason(name);
            if (reason == null) {
                safe.add(name);
            } else {
                warnSkipping(label + name, reason);
            }
        }
        return safe;
    }

    /**
     * The names this process can create as files, warning about the others. Only the JVM under the C/POSIX locale
     * has any: its file names are ASCII then, fixed at start-up ({@code sun.jnu.encoding}), where Python and the
     * native executable use UTF-8.
     */
    private List<String> storableNames(List<String> names, Path local, String label) {
        List<String> storable = new ArrayList<>();
        for (String name : names) {
            try {
                local.resolve("." + name + ".part");
                storable.add(name);
            } catch (InvalidPathException e) {
                files++;
                failed++;
                warnSkipping(label + name, "not a file name in this locale's encoding ("
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

    /** Waits for the last file and prints the summary: the exit status, 1 when a file was not downloaded. */
    private int finish() throws IOException {
        downloader.finish();
        if (skippedDirectories > 0) {
            err.println(skippedDirectories + (skippedDirectories == 1 ? " directory" : " directories")
                    + " not downloaded (-r downloads directories)");
        }
        if (failed > 0) {
            err.println("Error: " + failed + " of " + files + " files not downloaded");
        }
        err.flush();
        return failed > 0 ? ExitCode.FAILURE : 0;
    }

    /** After a failure, the last file still goes to disk; the failure is what is reported. */
    private void finishAfter(Exception failure) {
        try {
            downloader.finish();
        } catch (IOException | RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }
}
