package dev.netbasics.ftp;

import dev.netbasics.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "cmd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "The book's send_command.py: send raw commands (STAT, PWD...) and print the replies.",
            "Logs in, optionally changes directory, sends each command and prints its full reply as received "
                    + "(multi-line replies whole), a blank line after each. A 4xx/5xx reply stops with an error "
                    + "carrying the server's text."
        })
final class CmdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
        PrintWriter out = spec.commandLine().getOut();
        for (String command : commands) {
            FtpTarget.checkText(command, "command");
            if (command.isBlank()) {
                throw new FtpToolsException(FtpToolsException.USAGE, "empty command");
            }
        }
        SessionSettings settings = connection.settings(top, spec.commandLine().getErr());
        try (FtpSession session = FtpSession.open(settings)) {
            String cwd = directory != null ? directory : settings.target().path();
            if (cwd != null) {
                session.changeDirectory(cwd);
            }
            for (String command : commands) {
                int code = session.sendRaw(command);
                if (code >= 400) {
                    out.flush();
                    throw session.fail(ControlTrace.masked(null, command.strip()));
                }
                for (String line : session.replyLines()) {
                    out.println(ServerText.printable(line));
                }
                out.println();
                out.flush();
            }
        }
        return 0;
    }
}
