package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import dev.netbasics.url.parse.UrlParser;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "join", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print urllib.parse.urljoin(BASE, REF).",
            "REF is resolved against BASE by RFC 3986 for the schemes Python counts as hierarchical"
                    + " (uses_relative); for any other scheme, or one that differs from BASE's, REF comes back"
                    + " as given."
        })
final class JoinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The base URL.")
    String base;

    @Parameters(index = "1", paramLabel = "REF", description = "A URL or relative reference.")
    String ref;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(UrlParser.urljoin(base, ref));
        out.flush();
        return 0;
    }
}
