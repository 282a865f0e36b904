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

@Command(name = "read", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "The book's url_requests_example.py: open URL as urllib.request.urlopen does and print its body,"
                    + " byte for byte (--repr: as print(x.read()) shows it, a Python bytes literal).",
            "Schemes: http, https, file, ftp (anonymous, or ftp://user@host/path with FTP_PASSWORD), data."
                    + " Redirects are followed as urllib follows them (at most 10)."
        })
final class ReadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    UrlToolsCommand parent;

    @Parameters(paramLabel = "URL", description = "The URL to open.")
    String url;

    @Option(names = "--repr", description = "Print the body as Python's repr of bytes (b'...').")
    boolean repr;

    @Option(names = "--ignore-status", description = "On an HTTP error status, print the error body and exit 0.")
    boolean ignoreStatus;

    @Mixin
    RequestOptions requestOptions;

    @Override
    public Integer call() {
        ProcessContext process = parent.process();
        UrlRequest request = requestOptions.toRequest(url, process.standardInput());
        UrlFetch fetch = new UrlFetch(process, ignoreStatus);
        if (repr) {
            fetch.printBodyRepr(request, spec.commandLine().getOut());
        } else {
            fetch.writeBody(request, spec.commandLine().getOut());
        }
        return 0;
    }
}
