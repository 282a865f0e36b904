package dev.netbasics.url;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The URL read and headers open, how they ask for it, and whether an HTTP error status is printed anyway. */
final class OpenOptions {

    @Parameters(paramLabel = "URL", description = "The URL to open (http, https, file, ftp, data; HOST:PORT/PATH"
            + " and :PORT/PATH are http, as in curl).")
    String url;

    @Option(names = "--ignore-status",
            description = "On an HTTP error status, print the error response all the same and exit 0.")
    boolean ignoreStatus;

    @Mixin
    RequestOptions requestOptions;

    UrlFetch fetch(ProcessContext process, PrintWriter err) {
        return new UrlFetch(process, requestOptions.toRequest(UrlShorthand.expand(url), process.standardInput(), err),
                ignoreStatus);
    }
}
