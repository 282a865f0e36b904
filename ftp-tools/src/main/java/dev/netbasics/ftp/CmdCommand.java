package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpTarget;
import dev.netbasics.ftp.client.FtpToolsException;
import dev.netbasics.ftp.client.ServerText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "cmd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "The book's send_command.py: send raw commands (STAT, PWD...) and print the replies.",
            "Logs in, optionally changes directory, sends each command and prints its full reply as received "
                    + "(multi-line replies whole), a blank line after each. A 4xx/5xx reply stops with an error "
                    + "carrying the server's text."
        })
final class CmdCommand implements Callable<Integer> {

    @ParentCommand
    FtpToolsCommand top;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--cwd", paramLabel = "DIR", description = "Change to this directory first (default: the URL's path).")
    String directory;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND",
            description = "Raw commands, e.g. STAT PWD 'SIZE hello' (quote those with arguments).")
    List<String> commands;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = top.out();
        for (String command : commands) {
            FtpTarget.checkText(command, "command");
            if (command.isBlank()) {
                throw new FtpToolsException(FtpToolsException.USAGE, "empty command");
            }
        }
        try (FtpSession session = connection.openIn(directory, top)) {
            for (String command : commands) {
                for (String line : session.command(command)) {
                    out.println(ServerText.printable(line));
                }
                out.println();
                out.flush();
            }
        }
        return 0;
    }
}
