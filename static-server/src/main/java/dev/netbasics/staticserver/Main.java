package dev.netbasics.staticserver;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Process entry point of static-server: builds the command line, runs it and exits with its status. */
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
        CommandLine commandLine = new CommandLine(CommandModel.of(new StaticServerCommand()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine;
    }
}
