package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "robots",
        description = {
            "urllib.robotparser: may AGENT fetch each PATH? Prints 'allowed PATH' or 'disallowed PATH'.",
            "Matching follows RFC 9309: the groups naming the agent's product token (else '*'), the longest"
                    + " matching rule, Allow over Disallow on equal length, '*' and '$' wildcards; a robots.txt"
                    + " answering 4xx allows everything, 5xx or no answer disallows everything."
                    + " --python-compat gives Python's robotparser answers instead.",
            "Exit status 0 when every path is allowed, 3 when one is not (also when robots.txt cannot be"
                    + " fetched, which disallows everything; with --python-compat that failure's own code)."
        },
        exitCodeList = {
            "  0:every path is allowed", "  1:the robots.txt file cannot be read", ExitCode.HELP_USAGE,
            ExitCode.HELP_DISALLOWED, "  6:--python-compat only (as 7, 8, 28 and 35): unknown host",
            "  7:--python-compat only: connection refused or host unreachable",
            "  8:--python-compat only: the server's answer breaks HTTP", " 28:--python-compat only: timed out",
            " 35:--python-compat only: TLS failure", ExitCode.HELP_INTERRUPTED
        })
final class RobotsCommand extends UrlToolsSubcommand {

    @Parameters(index = "0", paramLabel = "ROBOTS_URL_OR_FILE",
            description = "robots.txt as a URL (http, https, file, ftp, data) or a local file.")
    String source;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
            description = "Paths or full URLs to check (with a query, if any).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-A", "--agent"}, paramLabel = "NAME", defaultValue = "*",
            description = "The crawler's user agent (default: ${DEFAULT-VALUE}).")
    String agent;

    @Option(names = "--python-compat", description = "Answer exactly as Python's urllib.robotparser does.")
    boolean pythonCompat;

    @Option(names = "--info", description = "Also print crawl-delay, request-rate and sitemaps for the agent,"
            + " as robotparser's crawl_delay(), request_rate() and site_maps() give them.")
    boolean info;

    @Mixin
    RequestOptions requestOptions;

    @Override
    public Integer call() {
        if (paths.isEmpty() && !info) {
            throw new ParameterException(spec.commandLine(), "Missing PATH: give paths to check, or --info");
        }
        ProcessContext process = parent.process();
        return new RobotsCheck(process, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(source, requestOptions.toRequest(UrlShorthand.expandHostAndPort(source), process.standardInput(),
                        spec.commandLine().getErr()), agent, paths, pythonCompat, info);
    }
}
