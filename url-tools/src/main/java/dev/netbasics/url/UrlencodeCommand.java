package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.parse.UrlParser;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "urlencode", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.urlencode([(KEY, VALUE), ...], safe=SAFE).",
            "Pairs stay in the order given, repeated keys included; each side is quoted with quote_plus."
        })
final class UrlencodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
        PrintWriter out = spec.commandLine().getOut();
        out.println(UrlParser.urlencode(fields, safe));
        out.flush();
        return 0;
    }
}
