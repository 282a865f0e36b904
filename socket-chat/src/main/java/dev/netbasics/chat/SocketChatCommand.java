package dev.netbasics.chat;

import dev.netbasics.cli.DebugOption;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "socket-chat",
        subcommands = {ServerCommand.class, ClientCommand.class},
        description = "Chat over TCP, UDP or Unix sockets, like the book's server.py and client.py.",
        exitCodeList = {
            ExitCode.HELP_SUCCESS, "  1:cannot listen, or the peer closed the connection or vanished",
            ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE,
            "  8:protocol error: the server sent a line over --max-line", ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS,
            ExitCode.HELP_INTERRUPTED
        })
final class SocketChatCommand extends ToolCommand {

    @Mixin
    DebugOption debug;
}
