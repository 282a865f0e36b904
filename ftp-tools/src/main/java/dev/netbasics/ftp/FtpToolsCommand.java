package dev.netbasics.ftp;

import dev.netbasics.cli.DebugOption;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: what the process gives every subcommand (environment, terminal, stdout, stderr, --verbose). */
@Command(
        name = "ftp-tools",
        description = {
            "A safe FTP client, like the book's ftplib scripts get_ftp_files.py, get_welcome_msg.py and "
                    + "send_command.py.",
            "The password comes from FTP_PASSWORD, --netrc or a no-echo prompt; the user is anonymous by default."
        },
        subcommands = {GetCommand.class, WelcomeCommand.class, CmdCommand.class, LsCommand.class, PutCommand.class},
        exitCodeList = {
            ExitCode.HELP_SUCCESS, "  1:a 4xx/5xx reply, an incomplete transfer, a local file problem",
            "  2:usage error (bad option, -u USER:PASSWORD, no password available, bad --cacert)",
            ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE,
            "  8:protocol error: a reply past the limits (8192 a line) or malformed", ExitCode.HELP_TIMEOUT,
            ExitCode.HELP_TLS, " 67:login failed (wrong user or password)", ExitCode.HELP_INTERRUPTED
        })
final class FtpToolsCommand extends ToolCommand {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Trace the control connection on stderr (passwords masked).")
    boolean verbose;

    @Mixin
    DebugOption debug;

    private final Map<String, String> environment;
    private final Supplier<Console> console;

    FtpToolsCommand(Map<String, String> environment, Supplier<Console> console) {
        this.environment = environment;
        this.console = console;
    }

    Map<String, String> environment() {
        return environment;
    }

    Supplier<Console> console() {
        return console;
    }

    /** Where the commands print their results: the command line's stdout. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where warnings, progress bars and the {@code --verbose} trace go: the command line's stderr. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Progress bars only when a person watches: stdin and stdout are a terminal. */
    boolean onTerminal() {
        return console.get() != null;
    }
}
