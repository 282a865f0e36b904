package dev.netbasics.ftp;

import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.Listing;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ls",
        description = {
            "List a remote directory.",
            "Changes to DIR first, so a missing directory is an error (exit 1), not an empty listing. With MLSD "
                    + "(when the server has it): one line per entry, 'TYPE SIZE MODIFIED(UTC) NAME'; otherwise "
                    + "the LIST lines as the server formats them."
        })
final class LsCommand extends SessionCommand {

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR",
            description = "Remote directory (default: the URL's path, else the login directory).")
    String directory;

    @Option(names = "--list", description = "Use LIST even when the server has MLSD.")
    boolean forceList;

    @Override
    int run(FtpSession session, PrintWriter out) throws IOException {
        return printAll(out, Listing.of(session, connection.remoteDirectory(directory), forceList));
    }
}
