package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "welcome", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "The book's get_welcome_msg.py: log in and print the welcome banner.",
            "Prints the banner as received, e.g. '220 (vsFTPd 3.0.3)'; multi-line banners whole."
        })
final class WelcomeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FtpToolsCommand top;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (FtpSession session = FtpSession.open(connection.settings(top, spec.commandLine().getErr()))) {
            for (String line : session.welcome()) {
                out.println(ServerText.printable(line));
            }
        }
        out.flush();
        return 0;
    }
}
