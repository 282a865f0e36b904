package dev.netbasics.url;

import dev.netbasics.cli.ToolProcess;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Process entry point of url-tools: builds the command line, runs it and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ToolProcess.run(newCommandLine(ToolProcess.standardOutput(), ToolProcess.standardError()), args);
    }

    /** The one factory for the command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, ProcessContext.ofProcess());
    }

    /** Also for tests that feed standard input, collect body bytes or set the environment. */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, ProcessContext process) {
        return ToolProcess.newCommandLine(CommandModel.of(new UrlToolsCommand(process)), out, err);
    }
}
