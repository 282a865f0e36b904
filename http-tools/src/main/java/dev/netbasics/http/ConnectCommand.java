package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ssl.TrustOptions;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.http.client.Connector;
import dev.netbasics.http.client.TargetUrl;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "connect",
        description = "The book's make_connection.py: connect (TCP, and TLS for https) and report what was reached.",
        exitCodeList = {
            ExitCode.HELP_SUCCESS, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE,
            ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS,
            ExitCode.HELP_INTERRUPTED
        })
final class ConnectCommand extends ToolCommand implements Callable<Integer> {

    static final int DEFAULT_TIMEOUT_SECONDS = 20;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = TargetUrl.DESCRIPTION)
    String url;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    TrustOptions tls;

    @Override
    public Integer call() {
        for (String line : Connector.connect(TargetUrl.parse(url), Duration.ofSeconds(timeoutSeconds),
                tls.trust())) {
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
