package dev.netbasics.ftp;

import dev.netbasics.cli.ToolMainContract;
import java.util.Map;

class MainTest extends ToolMainContract {

    MainTest() {
        super("ftp-tools", Main::newCommandLine, () -> new FtpToolsCommand(Map.of(), () -> null), CommandModel::of);
    }
}
