package dev.netbasics.url;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "headers",
        description = "The book's url_response_header.py: open URL as urllib.request.urlopen does and print"
                + " its headers as print(x.info()) does: 'Name: value' lines in received order, then a blank line.")
final class HeadersCommand extends UrlToolsSubcommand {

    @Mixin
    OpenOptions open;

    @Override
    public Integer call() {
        open.fetch(parent.process()).printHeaders(spec.commandLine().getOut());
        return 0;
    }
}
