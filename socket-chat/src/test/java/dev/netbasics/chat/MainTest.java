package dev.netbasics.chat;

import dev.netbasics.cli.ToolMainContract;
import java.util.List;

class MainTest extends ToolMainContract {

    MainTest() {
        super("socket-chat", List.of("server", "client"), Main::newCommandLine, SocketChatCommand::new, CommandModel::of);
    }
}
