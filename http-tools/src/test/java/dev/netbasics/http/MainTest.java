package dev.netbasics.http;

import dev.netbasics.cli.ToolMainContract;
import java.util.List;

class MainTest extends ToolMainContract {

    MainTest() {
        super("http-tools", List.of("connect", "get", "post"), Main::newCommandLine, HttpToolsCommand::new, CommandModel::of);
    }
}
