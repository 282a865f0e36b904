package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.Listing;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "List a remote directory.",
            "With MLSD (when the server has it): one line per entry, 'TYPE SIZE MODIFIED(UTC) NAME'; otherwise "
                    + "the LIST lines as the server formats them."
        })
final class LsCommand implements Callable<Integer> {

    @ParentCommand
    FtpToolsCommand top;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR",
            description = "Remote directory (default: the URL's path, else the login directory).")
    String directory;

    @Option(names = "--list", description = "Use LIST even when the server has MLSD.")
    boolean forceList;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = top.out();
        try (FtpSession session = connection.open(top)) {
            for (String line : Listing.of(session, connection.remoteDirectory(directory), forceList)) {
                out.println(line);
            }
        }
        out.flush();
        return 0;
    }
}
