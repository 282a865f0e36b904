package dev.netbasics.ftp;

import dev.netbasics.cli.ToolMainContract;

class MainTest extends ToolMainContract {

    MainTest() {
        super("ftp-tools", Main::newCommandLine);
    }
}
