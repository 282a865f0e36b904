package dev.netbasics.http;

import dev.netbasics.cli.VerboseOption;
import dev.netbasics.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "http-tools",
        subcommands = {ConnectCommand.class, GetCommand.class, PostCommand.class},
        description = "A small, correct HTTP client, like the book's http.client scripts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:network failure: refused, unresolvable host, timeout, TLS verification, too many redirects",
            "2:usage error (bad option, URL, header, JSON or file)",
            "22:--fail and the server answered 4xx or 5xx"
        })
final class HttpToolsCommand extends ToolCommand {

    @Mixin
    VerboseOption verbose;
}
