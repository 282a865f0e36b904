package dev.netbasics.chat;

import dev.netbasics.cli.ToolMainContract;

class MainTest extends ToolMainContract {

    MainTest() {
        super("socket-chat", Main::newCommandLine, SocketChatCommand::new, CommandModel::of);
    }
}
