package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "headers",
        description = "The book's url_response_header.py: open URL as urllib.request.urlopen does and print"
                + " its headers as print(x.info()) does: 'Name: value' lines in received order, then a blank line.",
        exitCodeList = {
            ExitCode.HELP_SUCCESS, "  1:urllib's URLError without a code of its own (a missing file, an FTP refusal)",
            ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE, ExitCode.HELP_PROTOCOL,
            " 22:urllib's HTTPError: status 400 or more, or a redirect urllib refuses", ExitCode.HELP_TIMEOUT,
            ExitCode.HELP_TLS, " 67:FTP login failed", ExitCode.HELP_INTERRUPTED
        })
final class HeadersCommand extends UrlToolsSubcommand {

    @Mixin
    OpenOptions open;

    @Override
    public Integer call() {
        open.fetch(parent.process(), spec.commandLine().getErr()).printHeaders(spec.commandLine().getOut());
        return 0;
    }
}
