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
            "A URL Python refuses (brackets that are no IPv6 or IPvFuture literal, a netloc that NFKC turns"
                    + " into delimiters, a port that is no number or over 65535) prints Python's ValueError"
                    + " message and exits 1."
        })
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "A URL or relative reference; any text.")
    String url;

    @Option(names = "--split", description = "urlsplit instead: a SplitResult, ';params' left in the path.")
    boolean split;

    @Option(names = "--json", description = "One JSON object with every field and attribute (null for None).")
    boolean json;

    @Override
    public Integer call() {
        UrlReport report = UrlReport.of(split ? UrlParser.urlsplit(url) : UrlParser.urlparse(url));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.json() : report.text());
        out.flush();
        return 0;
    }
}
