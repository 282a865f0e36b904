package dev.netbasics.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What every tool's {@code Main} does: build the command line, run it on the process's arguments, exit. */
public final class ToolProcess {

    /** How a tool makes its command line: one factory, used by {@code main} and by the tests. */
    @FunctionalInterface
    public interface CommandLineFactory {
        CommandLine newCommandLine(PrintWriter out, PrintWriter err);
    }

    private ToolProcess() {
    }

    /** Runs the tool as this process and exits with its status. */
    public static void run(String[] args, CommandLineFactory factory) {
        PrintWriter out = terminalWriter(System.out);
        PrintWriter err = terminalWriter(System.err);
        int status = factory.newCommandLine(out, err).execute(Utf8Arguments.of(args));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The command line of a tool whose failures are all {@link ToolException}s or plain exit status 1. */
    public static CommandLine newCommandLine(CommandSpec root, PrintWriter out, PrintWriter err) {
        return newCommandLine(root, out, err, new FailureReport() { });
    }

    /** The command line of a tool that reads some library failures its own way (exit code, wording). */
    public static CommandLine newCommandLine(CommandSpec root, PrintWriter out, PrintWriter err,
            FailureReport failures) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(failures));
        // An argument starting with '@' is data (curl's "--data @file", a chat line, a file name), never
        // picocli's argument file.
        commandLine.setExpandAtFiles(false);
        return commandLine;
    }

    /**
     * In the locale's charset, except that the C/POSIX locale's ASCII becomes UTF-8, as in Python (PEP 538):
     * containers often run with no locale set, and ASCII would print every non-ASCII character as '?'.
     */
    static PrintWriter terminalWriter(PrintStream stream) {
        Charset locale = stream.charset();
        Charset charset = locale.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : locale;
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
