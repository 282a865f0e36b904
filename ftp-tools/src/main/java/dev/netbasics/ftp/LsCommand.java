package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.net.ftp.FTPFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "List a remote directory.",
            "With MLSD (when the server has it): one line per entry, 'TYPE SIZE MODIFIED(UTC) NAME'; otherwise "
                    + "the LIST lines as the server formats them."
        })
final class LsCommand implements Callable<Integer> {

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Spec
    CommandSpec spec;

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
        PrintWriter out = spec.commandLine().getOut();
        SessionSettings settings = connection.settings(top, spec.commandLine().getErr());
        try (FtpSession session = FtpSession.open(settings)) {
            String path = directory != null ? directory : settings.target().path();
            if (path != null) {
                FtpTarget.checkText(path, "directory");
            }
            if (!forceList && session.hasMlsd()) {
                for (FTPFile file : session.machineList(path)) {
                    if (!isSelfOrParent(file)) {
                        out.println(format(file));
                    }
                }
            } else {
                for (String line : session.rawList(path)) {
                    out.println(ServerText.printable(line));
                }
            }
        }
        out.flush();
        return 0;
    }

    static String format(FTPFile file) {
        String type = file.isDirectory() ? "dir" : file.isSymbolicLink() ? "link" : file.isFile() ? "file" : "?";
        String size = file.getSize() >= 0 ? Long.toString(file.getSize()) : "-";
        Calendar timestamp = file.getTimestamp();
        String modified = timestamp == null ? "-" + " ".repeat(18)
                : MODIFIED.format(timestamp.toInstant().atOffset(ZoneOffset.UTC));
        return String.format("%-4s %12s  %s  %s", type, size, modified, ServerText.printable(file.getName()));
    }

    private static boolean isSelfOrParent(FTPFile file) {
        String facts = file.getRawListing() == null ? "" : file.getRawListing().toLowerCase(Locale.ROOT);
        return file.getName() == null || file.getName().equals(".") || file.getName().equals("..")
                || facts.contains("type=cdir") || facts.contains("type=pdir");
    }
}
