package dev.netbasics.http;

import dev.netbasics.cli.DebugOption;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "http-tools",
        subcommands = {ConnectCommand.class, GetCommand.class, PostCommand.class},
        description = "A small, correct HTTP client, like the book's http.client scripts.",
        exitCodeList = {
            "  0:success, whatever the status (as curl)", ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE,
            ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE, ExitCode.HELP_PROTOCOL,
            " 22:--fail and an HTTP status of 400 or more", ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS,
            ExitCode.HELP_INTERRUPTED
        })
final class HttpToolsCommand extends ToolCommand {

    @Mixin
    DebugOption debug;
}
