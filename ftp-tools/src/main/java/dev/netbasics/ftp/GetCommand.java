package dev.netbasics.ftp;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.ftp.client.Downloader;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpToolsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "get",
        description = {
            "The book's get_ftp_files.py: list a directory and download every file in it.",
            "Logs in, changes to the remote directory, prints its NLST list as ['hello', 'hello.c', 'sample.txt'], "
                    + "then 'Downloading...NAME' and downloads each file in binary mode. Names with path separators, "
                    + "'..' or control characters are skipped with a warning. A file appears only once complete and "
                    + "of the announced size (until then it is .NAME.part); existing files are kept unless --force."
        })
final class GetCommand extends SessionCommand {

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR",
            description = "Remote directory (default: the URL's path, else the login directory).")
    String remoteDirectory;

    @Option(names = {"-t", "--to"}, paramLabel = "DIR", defaultValue = ".",
            description = "Local directory to download into (default: the current one).")
    Path localDirectory;

    @Option(names = {"-c", "--continue"}, description = "Resume partial downloads (.NAME.part) with REST.")
    boolean resume;

    @Option(names = {"-f", "--force"}, description = "Overwrite existing local files.")
    boolean force;

    @Override
    void checkArguments() {
        if (!Files.isDirectory(localDirectory)) {
            throw new FtpToolsException(ExitCode.USAGE, "not a directory: " + localDirectory);
        }
    }

    @Override
    FtpSession login() throws IOException {
        return connection.openIn(remoteDirectory, top);
    }

    @Override
    int run(FtpSession session, PrintWriter out) throws IOException {
        List<String> names = session.nameList();
        out.println(PythonRepr.list(names));
        out.flush();
        var options = new Downloader.Options(localDirectory.toAbsolutePath().normalize(), resume, force,
                top.onTerminal());
        return new Downloader(session, options, out, top.err()).downloadAll(names);
    }
}
