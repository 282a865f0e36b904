package dev.netbasics.url;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "read",
        description = {
            "The book's url_requests_example.py: open URL as urllib.request.urlopen does and print its body,"
                    + " byte for byte (--repr: as print(x.read()) shows it, a Python bytes literal).",
            "Schemes: http, https, file, ftp (anonymous, or ftp://user@host/path with FTP_PASSWORD), data."
                    + " Redirects are followed as urllib follows them (at most 10)."
        })
final class ReadCommand extends UrlToolsSubcommand {

    @Mixin
    OpenOptions open;

    @Option(names = "--repr", description = "Print the body as Python's repr of bytes (b'...').")
    boolean repr;

    @Override
    public Integer call() {
        UrlFetch fetch = open.fetch(parent.process());
        if (repr) {
            fetch.printBodyRepr(spec.commandLine().getOut());
        } else {
            fetch.writeBody(spec.commandLine().getOut());
        }
        return 0;
    }
}
