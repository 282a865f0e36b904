package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.ServerText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "welcome", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "The book's get_welcome_msg.py: log in and print the welcome banner.",
            "Prints the banner as received, e.g. '220 (vsFTPd 3.0.3)'; multi-line banners whole."
        })
final class WelcomeCommand implements Callable<Integer> {

    @ParentCommand
    FtpToolsCommand top;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = top.out();
        try (FtpSession session = connection.open(top)) {
            for (String line : session.welcome()) {
                out.println(ServerText.printable(line));
            }
        }
        out.flush();
        return 0;
    }
}
