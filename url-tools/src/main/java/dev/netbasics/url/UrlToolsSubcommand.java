package dev.netbasics.url;

import dev.netbasics.cli.VersionProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every url-tools command has: the standard help options, its own spec and the process it runs in. */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class UrlToolsSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    UrlToolsCommand parent;

    /** Prints the lines on standard output, flushed; status 0, for a command to return. */
    final int print(List<String> lines) {
        PrintWriter out = spec.commandLine().getOut();
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
        return 0;
    }

    final int print(String line) {
        return print(List.of(line));
    }
}
