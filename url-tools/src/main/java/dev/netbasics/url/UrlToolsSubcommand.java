package dev.netbasics.url;

import dev.netbasics.cli.ToolCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every url-tools command has besides help and version: its own spec, the process it runs in, printing.
 * A bare {@code @Command}, as picocli's annotation processor wants one on the class of {@code @Spec} fields.
 */
@Command
abstract class UrlToolsSubcommand extends ToolCommand implements Callable<Integer> {

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
