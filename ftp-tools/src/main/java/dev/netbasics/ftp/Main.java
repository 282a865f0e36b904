package dev.netbasics.ftp;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Process entry point of ftp-tools: builds the command line, runs it and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = terminalWriter(System.out);
        PrintWriter err = terminalWriter(System.err);
        int status = newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
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

    /** The one factory for the command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, System.getenv(), System::console);
    }

    /** With the environment and terminal the commands see (tests give their own). */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, Map<String, String> environment,
            Supplier<Console> console) {
        CommandLine commandLine = new CommandLine(CommandModel.of(new FtpToolsCommand(environment, console)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (String entry : FtpToolsException.EXIT_CODE_HELP) {
            int colon = entry.indexOf(':');
            exitCodes.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        setExitCodeHelp(commandLine, exitCodes);
        return commandLine;
    }

    private static void setExitCodeHelp(CommandLine commandLine, Map<String, String> exitCodes) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        commandLine.getSubcommands().values().forEach(sub -> setExitCodeHelp(sub, exitCodes));
    }
}
