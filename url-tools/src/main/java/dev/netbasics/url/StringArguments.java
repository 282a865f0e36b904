package dev.netbasics.url;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The STRING arguments of quote, quote-plus, unquote and unquote-plus, each printed converted on a line. */
final class StringArguments {

    @Parameters(paramLabel = "STRING", arity = "1..*",
            description = "Text to convert; put -- before one that starts with '-'.")
    List<String> strings;

    int printEach(CommandSpec spec, UnaryOperator<String> conversion) {
        PrintWriter out = spec.commandLine().getOut();
        for (String string : strings) {
            out.println(conversion.apply(string));
        }
        out.flush();
        return 0;
    }
}
