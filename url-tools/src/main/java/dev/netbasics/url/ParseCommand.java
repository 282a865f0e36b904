package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse",
        description = {
            "Print repr(urllib.parse.urlparse(URL)) as Python 3.11 does, then its username, password, hostname"
                    + " and port, one per line as repr shows them (None when absent).",
            "A URL urlsplit itself refuses (brackets that hold no IPv6 or IPvFuture literal, a netloc that"
                    + " NFKC turns into delimiters) prints Python's ValueError message and exits 1.",
            "A port that is no number or out of range 0-65535 does not stop the parse, as in Python, where only"
                    + " reading .port raises: the other lines are printed, then 'Error: ' and Python's ValueError"
                    + " message, exit 1."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, "  1:Python's ValueError (a URL urlsplit refuses, a port it cannot read)", ExitCode.HELP_USAGE})
final class ParseCommand extends UrlToolsSubcommand {

    @Parameters(paramLabel = "URL", description = "A URL or relative reference; any text.")
    String url;

    @Option(names = "--split", description = "urlsplit instead: a SplitResult, ';params' left in the path.")
    boolean split;

    @Option(names = "--json", description = "One JSON object with every field and attribute (null for None)."
            + " A port Python cannot read is \"port\": null, with Python's ValueError message in \"port_error\""
            + " (null otherwise), and the exit status is 0.")
    boolean json;

    @Override
    public Integer call() {
        UrlReport report = UrlReport.of(split ? UrlParser.urlsplit(url) : UrlParser.urlparse(url));
        print(json ? report.json() : report.text());
        if (!json) {
            report.raisePortError();
        }
        return 0;
    }
}
