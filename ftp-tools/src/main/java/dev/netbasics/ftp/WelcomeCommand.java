package dev.netbasics.ftp;

import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.ServerText;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "welcome",
        description = {
            "The book's get_welcome_msg.py: log in and print the welcome banner.",
            "Prints the banner as received, e.g. '220 (vsFTPd 3.0.3)'; multi-line banners whole."
        })
final class WelcomeCommand extends SessionCommand {

    @Override
    int run(FtpSession session, PrintWriter out) throws IOException {
        return printAll(out, session.welcome().stream().map(ServerText::printable).toList());
    }
}
