package dev.netbasics.url;

import dev.netbasics.cli.ToolMainContract;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

class MainTest extends ToolMainContract {

    MainTest() {
        super("url-tools", Main::newCommandLine, () -> new UrlToolsCommand(
                new ProcessContext(InputStream.nullInputStream(), OutputStream.nullOutputStream(), Map.of())),
                CommandModel::of);
    }
}
