package dev.netbasics.url;

import dev.netbasics.cli.ToolMainContract;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

class MainTest extends ToolMainContract {

    MainTest() {
        super("url-tools", List.of("read", "headers", "robots", "parse", "join", "quote", "quote-plus", "unquote",
                "unquote-plus", "urlencode", "split-query"), Main::newCommandLine, () -> new UrlToolsCommand(
                new ProcessContext(InputStream.nullInputStream(), OutputStream.nullOutputStream(), Map.of(), false)),
                CommandModel::of);
    }
}
