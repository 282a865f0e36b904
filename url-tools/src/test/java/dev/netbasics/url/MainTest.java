package dev.netbasics.url;

import dev.netbasics.cli.ToolMainContract;

class MainTest extends ToolMainContract {

    MainTest() {
        super("url-tools", Main::newCommandLine);
    }
}
