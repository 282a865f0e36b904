package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "read",
        description = {
            "The book's url_requests_example.py: open URL as urllib.request.urlopen does and print its body,"
                    + " byte for byte (--repr: as print(x.read()) shows it, a Python bytes literal).",
            "Schemes: http, https, file, ftp (anonymous, or ftp://user@host/path with FTP_PASSWORD), data."
                    + " Redirects are followed as urllib follows them (at most 10)."
        },
        exitCodeList = {
            ExitCode.HELP_SUCCESS, "  1:urllib's URLError without a code of its own (a missing file, an FTP refusal)",
            ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE, ExitCode.HELP_PROTOCOL,
            " 22:urllib's HTTPError: status 400 or more, or a redirect urllib refuses", ExitCode.HELP_TIMEOUT,
            ExitCode.HELP_TLS, " 67:FTP login failed", ExitCode.HELP_INTERRUPTED
        })
final class ReadCommand extends UrlToolsSubcommand {

    @Mixin
    OpenOptions open;

    @Option(names = "--repr", description = "Print the body as Python's repr of bytes (b'...').")
    boolean repr;

    @Override
    public Integer call() {
        UrlFetch fetch = open.fetch(parent.process(), spec.commandLine().getErr());
        if (repr) {
            fetch.printBodyRepr(spec.commandLine().getOut());
        } else {
            fetch.writeBody(spec.commandLine().getOut());
        }
        return 0;
    }
}
