package dev.netbasics.ftp;

import dev.netbasics.cli.ToolMainContract;
import java.util.List;
import java.util.Map;

class MainTest extends ToolMainContract {

    MainTest() {
        super("ftp-tools", List.of("get", "welcome", "cmd", "ls", "put"), Main::newCommandLine, () -> new FtpToolsCommand(Map.of(), () -> null), CommandModel::of);
    }
}
