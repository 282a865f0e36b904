package dev.netbasics.url;

import java.util.List;
import picocli.CommandLine.Parameters;

/** quote, quote-plus, unquote and unquote-plus: a urllib.parse function of one string, printed for each STRING. */
abstract class StringFunctionCommand extends UrlToolsSubcommand {

    @Parameters(paramLabel = "STRING", arity = "1..*",
            description = "Text to convert; put -- before one that starts with '-'.")
    List<String> strings;

    abstract String apply(String string);

    @Override
    public final Integer call() {
        return print(strings.stream().map(this::apply).toList());
    }
}
