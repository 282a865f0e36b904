package dev.netbasics.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * What every tool's {@code Main} does: {@code ToolProcess.run(newCommandLine(ToolProcess.standardOutput(),
 * ToolProcess.standardError()), args)}, the tool's one command-line factory between the process and the run.
 */
public final class ToolProcess {

    private ToolProcess() {
    }

    /** Runs the command line on the process's arguments and exits with its status. */
    public static void run(CommandLine commandLine, String[] args) {
        int status = execute(commandLine, Utf8Arguments.of(args));
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(status);
    }

    /** Runs the command line; whatever goes wrong is one {@code Error:} line and an exit status, never a trace. */
    static int execute(CommandLine commandLine, String[] args) {
        try {
            return commandLine.execute(args);
        } catch (Error failure) {
            return ErrorHandler.handleError(failure, commandLine);
        }
    }

    /** Standard output for the tool's text, see {@link #terminalWriter}. */
    public static PrintWriter standardOutput() {
        return terminalWriter(System.out);
    }

    /** Standard error for the tool's messages, see {@link #terminalWriter}. */
    public static PrintWriter standardError() {
        return terminalWriter(System.err);
    }

    /** The command line of a tool whose other failures are read by the project's table ({@link ExitCode#of}). */
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
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionStrategy(new SubcommandRequired());
        // An argument starting with '@' is data (curl's "--data @file", a chat line, a file name), never
        // picocli's argument file.
        commandLine.setExpandAtFiles(false);
        return commandLine;
    }

    /**
     * In the locale's charset, except that the C/POSIX locale's ASCII becomes UTF-8, as in Python (PEP 538):
     * containers often run with no locale set, and ASCII would print every non-ASCII character as '?'.
     */
    private static PrintWriter terminalWriter(PrintStream stream) {
        Charset locale = stream.charset();
        Charset charset = locale.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : locale;
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /**
     * A tool with subcommands does nothing by itself: without one it is a usage error (status 2), so root
     * commands need no {@code call} of their own.
     */
    private static final class SubcommandRequired implements IExecutionStrategy {

        private final IExecutionStrategy runLast = new RunLast();

        @Override
        public int execute(ParseResult parseResult) {
            CommandSpec root = parseResult.commandSpec();
            if (!root.subcommands().isEmpty() && !parseResult.hasSubcommand()
                    && !parseResult.isUsageHelpRequested() && !parseResult.isVersionHelpRequested()) {
                throw new ParameterException(root.commandLine(),
                        "missing subcommand (" + String.join(", ", root.subcommands().keySet()) + ")");
            }
            return runLast.execute(parseResult);
        }
    }
}
