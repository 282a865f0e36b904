package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpTarget;
import dev.netbasics.ftp.client.FtpToolsException;
import dev.netbasics.ftp.client.Uploader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "put", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Upload files.",
            "Stores each file in binary mode ('Uploading...NAME' for each), then checks the size the server "
                    + "reports. Existing remote files are not replaced without --force."
        })
final class PutCommand implements Callable<Integer> {

    @ParentCommand
    FtpToolsCommand top;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Local files to upload.")
    List<Path> files;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR",
            description = "Remote directory (default: the URL's path, else the login directory).")
    String remoteDirectory;

    @Option(names = {"-f", "--force"}, description = "Replace files that exist on the server.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = top.out();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new FtpToolsException(FtpToolsException.USAGE, "not a readable file: " + file);
            }
            FtpTarget.checkText(file.getFileName().toString(), "file name");
        }
        try (FtpSession session = connection.openIn(remoteDirectory, top)) {
            Uploader uploader = new Uploader(session, force, top.onTerminal() ? top.err() : null);
            for (Path file : files) {
                out.println("Uploading..." + file.getFileName());
                out.flush();
                uploader.upload(file);
            }
        }
        return 0;
    }
}
