package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split-query",
        description = {
            "Print urllib.parse.parse_qsl(QUERY) as Python's list repr: [('a', '1'), ('b', '2')].",
            "Names and values are unquoted with unquote_plus; fields without a value are dropped unless"
                    + " --keep-blank-values. Python's ValueErrors exit 1."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, "  1:Python's ValueError (--strict-parsing)", ExitCode.HELP_USAGE})
final class SplitQueryCommand extends UrlToolsSubcommand {

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
        return print(UrlParser.QueryField.repr(
                UrlParser.parseQsl(query, keepBlankValues, strictParsing, maxNumFields, separator)));
    }
}
