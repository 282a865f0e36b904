package dev.netbasics.http;

import dev.netbasics.cli.ToolMainContract;

class MainTest extends ToolMainContract {

    MainTest() {
        super("http-tools", Main::newCommandLine, HttpToolsCommand::new, CommandModel::of);
    }
}
