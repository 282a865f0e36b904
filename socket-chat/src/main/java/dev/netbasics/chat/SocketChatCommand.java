package dev.netbasics.chat;

import dev.netbasics.cli.VerboseOption;
import dev.netbasics.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "socket-chat",
        subcommands = {ServerCommand.class, ClientCommand.class},
        description = "Chat over TCP, UDP or Unix sockets, like the book's server.py and client.py.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:refused, unreachable or vanished peer, timeout, or another runtime failure",
            "2:usage error"
        })
final class SocketChatCommand extends ToolCommand {

    @Mixin
    VerboseOption verbose;
}
