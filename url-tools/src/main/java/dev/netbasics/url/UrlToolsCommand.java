package dev.netbasics.url;

import dev.netbasics.cli.DebugOption;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "url-tools",
        description = "Fetch, parse and check URLs, like the book's urllib scripts.",
        exitCodeList = {
            "  0:success (robots: every path allowed)",
            "  1:urllib's URLError or Python's ValueError without a code of its own", ExitCode.HELP_USAGE,
            "  3:robots: a path is disallowed", ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE,
            ExitCode.HELP_PROTOCOL, " 22:urllib's HTTPError: status 400 or more, or a redirect urllib refuses",
            ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS, " 67:FTP login failed", ExitCode.HELP_INTERRUPTED
        },
        subcommands = {ReadCommand.class, HeadersCommand.class, RobotsCommand.class, ParseCommand.class,
            JoinCommand.class, QuoteCommand.class, QuotePlusCommand.class, UnquoteCommand.class,
            UnquotePlusCommand.class, UrlencodeCommand.class, SplitQueryCommand.class})
final class UrlToolsCommand extends ToolCommand {

    @Mixin
    DebugOption debug;

    private final ProcessContext process;

    UrlToolsCommand(ProcessContext process) {
        this.process = process;
    }

    ProcessContext process() {
        return process;
    }
}
