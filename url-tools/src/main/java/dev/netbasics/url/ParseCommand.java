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

@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print repr(urllib.parse.urlparse(URL)) as Python 3.11 does, then its username, password, hostname"
                    + " and port, one per line as repr shows them (None when absent).",
            "A URL urlsplit itself refuses (brackets that hold no IPv6 or IPvFuture literal, a netloc that"
                    + " NFKC turns into delimiters) prints Python's ValueError message and exits 1.",
            "A port that is no number or out of range 0-65535 does not stop the parse, as in Python, where only"
                    + " reading .port raises: the other lines are printed, then 'Error: ' and Python's ValueError"
                    + " message, exit 1."
        })
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.json() : report.text());
        out.flush();
        if (!json) {
            report.raisePortError();
        }
        return 0;
    }
}
