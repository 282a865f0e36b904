package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "unquote-plus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.unquote_plus(STRING), one line per STRING.",
            "'+' is a space, then as unquote. Put -- before strings that start with '-'."
        })
final class UnquotePlusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STRING", arity = "1..*", description = "Text to unquote.")
    List<String> strings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String string : strings) {
            out.println(UrlParser.unquotePlus(string));
        }
        out.flush();
        return 0;
    }
}
