package dev.netbasics.staticserver;

import dev.netbasics.cli.ToolMainContract;
import java.util.List;

class MainTest extends ToolMainContract {

    MainTest() {
        super("static-server", List.of(), Main::newCommandLine, StaticServerCommand::new, CommandModel::of);
    }
}
