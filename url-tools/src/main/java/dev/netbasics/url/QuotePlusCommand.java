package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quote-plus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.quote_plus(STRING, safe=SAFE), one line per STRING.",
            "As quote, but spaces become '+' and nothing is safe unless given."
                    + " Put -- before strings that start with '-'."
        })
final class QuotePlusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STRING", arity = "1..*", description = "Text to quote.")
    List<String> strings;

    @Option(names = "--safe", paramLabel = "CHARS", defaultValue = "",
            description = "ASCII characters left as they are (default: '${DEFAULT-VALUE}').")
    String safe;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String string : strings) {
            out.println(UrlParser.quotePlus(string, safe));
        }
        out.flush();
        return 0;
    }
}
