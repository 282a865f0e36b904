package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "headers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The book's url_response_header.py: open URL as urllib.request.urlopen does and print"
                + " its headers as print(x.info()) does: 'Name: value' lines in received order, then a blank line.")
final class HeadersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    UrlToolsCommand parent;

    @Parameters(paramLabel = "URL", description = "The URL to open.")
    String url;

    @Option(names = "--ignore-status", description = "On an HTTP error status, print the error's headers and exit 0.")
    boolean ignoreStatus;

    @Mixin
    RequestOptions requestOptions;

    @Override
    public Integer call() {
        ProcessContext process = parent.process();
        new UrlFetch(process, ignoreStatus)
                .printHeaders(requestOptions.toRequest(url, process.standardInput()), spec.commandLine().getOut());
        return 0;
    }
}
