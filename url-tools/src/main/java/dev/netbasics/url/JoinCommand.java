package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "join",
        description = {
            "Print urllib.parse.urljoin(BASE, REF).",
            "REF is resolved against BASE by RFC 3986 for the schemes Python counts as hierarchical"
                    + " (uses_relative); for any other scheme, or one that differs from BASE's, REF comes back"
                    + " as given."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, ExitCode.HELP_USAGE})
final class JoinCommand extends UrlToolsSubcommand {

    @Parameters(index = "0", paramLabel = "BASE", description = "The base URL.")
    String base;

    @Parameters(index = "1", paramLabel = "REF", description = "A URL or relative reference.")
    String ref;

    @Override
    public Integer call() {
        return print(UrlParser.urljoin(base, ref));
    }
}
