package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.url.parse.UrlParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "unquote-plus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.unquote_plus(STRING), one line per STRING.",
            "'+' is a space, then as unquote."
        })
final class UnquotePlusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StringArguments arguments;

    @Override
    public Integer call() {
        return arguments.printEach(spec, UrlParser::unquotePlus);
    }
}
