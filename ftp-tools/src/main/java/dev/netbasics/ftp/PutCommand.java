package dev.netbasics.ftp;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpTarget;
import dev.netbasics.ftp.client.FtpToolsException;
import dev.netbasics.ftp.client.Uploader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "put",
        description = {
            "Upload files.",
            "Stores each file in binary mode ('Uploading...NAME' for each), then checks the size the server "
                    + "reports. Existing remote files are not replaced without --force."
        })
final class PutCommand extends SessionCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Local files to upload.")
    List<Path> files;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Remote directory (default: the URL's path, else the login directory).")
    String remoteDirectory;

    @Option(names = "--force", description = "Replace files that exist on the server.")
    boolean force;

    @Override
    void checkArguments() {
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new FtpToolsException(ExitCode.USAGE, "not a readable file: " + file);
            }
            FtpTarget.checkText(file.getFileName().toString(), "file name");
        }
    }

    @Override
    FtpSession login() throws IOException {
        return connection.openIn(remoteDirectory, top);
    }

    @Override
    int run(FtpSession session, PrintWriter out) throws IOException {
        Uploader uploader = new Uploader(session, force, top.onTerminal() ? top.err() : null);
        for (Path file : files) {
            out.println("Uploading..." + file.getFileName());
            out.flush();
            uploader.upload(file);
        }
        return 0;
    }
}
