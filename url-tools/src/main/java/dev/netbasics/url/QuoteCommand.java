package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.url.parse.UrlParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quote", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.quote(STRING, safe=SAFE), one line per STRING.",
            "Each UTF-8 byte becomes %%XX except ASCII letters, digits, '_.-~' and the characters of SAFE."
        })
final class QuoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StringArguments arguments;

    @Option(names = "--safe", paramLabel = "CHARS", defaultValue = "/",
            description = "ASCII characters left as they are (default: '${DEFAULT-VALUE}').")
    String safe;

    @Override
    public Integer call() {
        return arguments.printEach(spec, string -> UrlParser.quote(string, safe));
    }
}
