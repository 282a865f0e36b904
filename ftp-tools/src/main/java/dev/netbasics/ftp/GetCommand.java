package dev.netbasics.ftp;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpTarget;
import dev.netbasics.ftp.client.FtpToolsException;
import dev.netbasics.ftp.client.GetOptions;
import dev.netbasics.ftp.client.GetRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get",
        description = {
            "The book's get_ftp_files.py: list a directory and download every file in it; or download the files and"
                    + " directories named.",
            "Without REMOTE (and without a path in the URL): logs in, changes to --dir, prints its NLST list as "
                    + "['hello', 'hello.c', 'sample.txt'], then 'Downloading...NAME' and downloads each file in binary "
                    + "mode. A REMOTE (or the URL's path) that is a directory is downloaded so; one that is a file goes "
                    + "into --to under its last name. Subdirectories are skipped (the summary says how many) unless "
                    + "-r. Names with path separators, '..' or control characters are skipped with a warning. A file "
                    + "appears only once complete and of the announced size (until then it is .NAME.part); existing "
                    + "files stop the run unless --force, --continue or --skip-existing."
        })
final class GetCommand extends SessionCommand {

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "REMOTE",
            description = "Remote files or directories (relative to --dir, else to the URL's path).")
    List<String> remotes;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Remote directory to change to first (default: the URL's path, else the login directory).")
    String remoteDirectory;

    @Option(names = {"-t", "--to"}, paramLabel = "DIR", defaultValue = ".",
            description = "Local directory to download into (default: the current one).")
    Path localDirectory;

    @Option(names = {"-r", "--recursive"},
            description = "Download subdirectories too, into local directories of the same names.")
    boolean recursive;

    @Option(names = {"-c", "--continue"},
            description = "Resume partial downloads (.NAME.part) with REST; skip files already complete.")
    boolean resume;

    @Option(names = "--force", description = "Overwrite existing local files.")
    boolean force;

    @Option(names = "--skip-existing", description = "Keep existing local files and download the others.")
    boolean skipExisting;

    @Override
    void checkArguments() {
        if (!Files.isDirectory(localDirectory)) {
            throw new FtpToolsException(ExitCode.USAGE, "not a directory: " + localDirectory);
        }
        if (force && skipExisting) {
            throw new FtpToolsException(ExitCode.USAGE, "--force and --skip-existing exclude each other");
        }
        if (remotes != null) {
            for (String remote : remotes) {
                FtpTarget.checkText(remote, "remote path");
            }
        }
    }

    /** The URL's path alone is what to get (a file or a directory); with REMOTE or --dir it is where they are. */
    private boolean urlPathIsRemote() {
        return remotes == null && remoteDirectory == null && connection.remoteDirectory(null) != null;
    }

    @Override
    FtpSession login() throws IOException {
        return urlPathIsRemote() ? connection.open(top) : connection.openIn(remoteDirectory, top);
    }

    @Override
    int run(FtpSession session, PrintWriter out) throws IOException {
        var options = new GetOptions(localDirectory.toAbsolutePath().normalize(), recursive, resume, force,
                skipExisting, top.onTerminal());
        GetRun get = new GetRun(session, options, out, top.err());
        if (urlPathIsRemote()) {
            return get.named(List.of(connection.remoteDirectory(null)));
        }
        return remotes != null ? get.named(remotes) : get.currentDirectory();
    }
}
