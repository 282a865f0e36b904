package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.url.parse.UrlParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "unquote", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.unquote(STRING), one line per STRING.",
            "%%XX escapes are decoded as UTF-8, each invalid sequence as U+FFFD; a '%%' without two hex"
                    + " digits stays."
        })
final class UnquoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StringArguments arguments;

    @Override
    public Integer call() {
        return arguments.printEach(spec, UrlParser::unquote);
    }
}
