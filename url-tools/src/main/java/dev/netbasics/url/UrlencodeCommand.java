package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.parse.UrlParser;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "urlencode",
        description = {
            "Print urllib.parse.urlencode([(KEY, VALUE), ...], safe=SAFE).",
            "Pairs stay in the order given, repeated keys included; each side is quoted with quote_plus."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, ExitCode.HELP_USAGE})
final class UrlencodeCommand extends UrlToolsSubcommand {

    @Parameters(paramLabel = "KEY=VALUE", arity = "1..*",
            description = "A pair; the first '=' separates key from value.")
    List<String> pairs;

    @Option(names = "--safe", paramLabel = "CHARS", defaultValue = "",
            description = "ASCII characters left as they are (default: none).")
    String safe;

    @Override
    public Integer call() {
        List<UrlParser.QueryField> fields = new ArrayList<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new ParameterException(spec.commandLine(),
                        "expected KEY=VALUE, got " + PythonRepr.repr(pair));
            }
            fields.add(new UrlParser.QueryField(pair.substring(0, equals), pair.substring(equals + 1)));
        }
        return print(UrlParser.urlencode(fields, safe));
    }
}
