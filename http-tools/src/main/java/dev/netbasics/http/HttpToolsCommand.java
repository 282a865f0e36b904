package dev.netbasics.http;

import dev.netbasics.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
        name = "http-tools",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ConnectCommand.class, GetCommand.class, PostCommand.class},
        description = "A small, correct HTTP client, like the book's http.client scripts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:network failure: refused, unresolvable host, timeout, TLS verification, too many redirects",
            "2:usage error (bad option, URL, header, JSON or file)",
            "22:--fail and the server answered 4xx or 5xx"
        })
final class HttpToolsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    boolean verbose;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
