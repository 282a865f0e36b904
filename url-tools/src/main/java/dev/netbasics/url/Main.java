package dev.netbasics.url;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Process entry point of url-tools: builds the command line, runs it and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The one factory for the command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, ProcessContext.ofProcess());
    }

    /** Also for tests that feed standard input, collect body bytes or set the environment. */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, ProcessContext process) {
        CommandLine commandLine = new CommandLine(CommandModel.of(new UrlToolsCommand(process)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        // "--data @file" is the request body, as in curl, not picocli's argument file.
        commandLine.setExpandAtFiles(false);
        return commandLine;
    }
}
