package dev.netbasics.ftp;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.ftp.client.FtpSession;
import dev.netbasics.ftp.client.FtpTarget;
import dev.netbasics.ftp.client.FtpToolsException;
import dev.netbasics.ftp.client.ServerText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cmd",
        description = {
            "The book's send_command.py: send raw commands (STAT, PWD...) and print the replies.",
            "Logs in, optionally changes directory, sends each command and prints its full reply as received "
                    + "(multi-line replies whole), a blank line after each. A 4xx/5xx reply stops with an error "
                    + "carrying the server's text."
        })
final class CmdCommand extends SessionCommand {

    @Option(names = "--cwd", paramLabel = "DIR", description = "Change to this directory first (default: the URL's path).")
    String directory;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND",
            description = "Raw commands, e.g. STAT PWD 'SIZE hello' (quote those with arguments).")
    List<String> commands;

    @Override
    void checkArguments() {
        for (String command : commands) {
            FtpTarget.checkText(command, "command");
            if (command.isBlank()) {
                throw new FtpToolsException(ExitCode.USAGE, "empty command");
            }
        }
    }

    @Override
    FtpSession login() throws IOException {
        return connection.openIn(directory, top);
    }

    @Override
    int run(FtpSession session, PrintWriter out) throws IOException {
        for (String command : commands) {
            printAll(out, session.command(command).stream().map(ServerText::printable).toList());
            out.println();
            out.flush();
        }
        return 0;
    }
}
