package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.url.parse.UrlParser;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "split-query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.parse_qsl(QUERY) as Python's list repr: [('a', '1'), ('b', '2')].",
            "Names and values are unquoted with unquote_plus; fields without a value are dropped unless"
                    + " --keep-blank-values. Python's ValueErrors exit 1."
        })
final class SplitQueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "A query string, without the '?'.")
    String query;

    @Option(names = "--keep-blank-values", description = "Keep 'a=' and 'a' as ('a', '').")
    boolean keepBlankValues;

    @Option(names = "--strict-parsing", description = "A field without '=' or an empty field is an error.")
    boolean strictParsing;

    @Option(names = "--max-num-fields", paramLabel = "N", description = "Fail when there are more than N fields.")
    Integer maxNumFields;

    @Option(names = "--separator", paramLabel = "SEP", defaultValue = "&",
            description = "What separates fields (default: '${DEFAULT-VALUE}').")
    String separator;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(UrlParser.QueryField.repr(
                UrlParser.parseQsl(query, keepBlankValues, strictParsing, maxNumFields, separator)));
        out.flush();
        return 0;
    }
}
