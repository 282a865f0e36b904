package dev.netbasics.chat;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Process entry point of socket-chat: builds the command line, runs it and exits with its status. */
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
        CommandLine commandLine = new CommandLine(CommandModel.of(new SocketChatCommand()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine;
    }
}
