package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.url.parse.UrlParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quote-plus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.quote_plus(STRING, safe=SAFE), one line per STRING.",
            "As quote, but spaces become '+' and nothing is safe unless given."
        })
final class QuotePlusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StringArguments arguments;

    @Option(names = "--safe", paramLabel = "CHARS", defaultValue = "",
            description = "ASCII characters left as they are (default: none).")
    String safe;

    @Override
    public Integer call() {
        return arguments.printEach(spec, string -> UrlParser.quotePlus(string, safe));
    }
}
