package dev.netbasics.staticserver;

import dev.netbasics.cli.ToolMainContract;

class MainTest extends ToolMainContract {

    MainTest() {
        super("static-server", Main::newCommandLine, StaticServerCommand::new, CommandModel::of);
    }
}
