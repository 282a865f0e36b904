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

@Command(name = "quote", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.quote(STRING, safe=SAFE), one line per STRING.",
            "Each UTF-8 byte becomes %%XX except ASCII letters, digits, '_.-~' and the characters of SAFE."
                    + " Put -- before strings that start with '-'."
        })
final class QuoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STRING", arity = "1..*", description = "Text to quote.")
    List<String> strings;

    @Option(names = "--safe", paramLabel = "CHARS", defaultValue = "/",
            description = "ASCII characters left as they are (default: '${DEFAULT-VALUE}').")
    String safe;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String string : strings) {
            out.println(UrlParser.quote(string, safe));
        }
        out.flush();
        return 0;
    }
}
