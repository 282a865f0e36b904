package dev.netbasics.url;

import dev.netbasics.cli.VerboseOption;
import dev.netbasics.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "url-tools",
        description = "Fetch, parse and check URLs, like the book's urllib scripts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (robots: every path allowed)",
            "1:runtime or network failure (urllib's URLError)",
            "2:usage error (option, URL, header, file)",
            "3:robots: a path is disallowed",
            "4:the server answered an HTTP error (urllib's HTTPError: status 400 or more, or a redirect"
                    + " urllib refuses)"
        },
        subcommands = {ReadCommand.class, HeadersCommand.class, RobotsCommand.class, ParseCommand.class,
            JoinCommand.class, QuoteCommand.class, QuotePlusCommand.class, UnquoteCommand.class,
            UnquotePlusCommand.class, UrlencodeCommand.class, SplitQueryCommand.class})
final class UrlToolsCommand extends ToolCommand {

    @Mixin
    VerboseOption verbose;

    private final ProcessContext process;

    UrlToolsCommand(ProcessContext process) {
        this.process = process;
    }

    ProcessContext process() {
        return process;
    }
}
