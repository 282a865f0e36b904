package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    OpenOptions open;

    @Override
    public Integer call() {
        open.fetch(parent.process()).printHeaders(spec.commandLine().getOut());
        return 0;
    }
}
