package dev.netbasics.chat;

import dev.netbasics.cli.ToolProcess;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Process entry point of socket-chat: builds the command line, runs it and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ToolProcess.run(newCommandLine(ToolProcess.standardOutput(), ToolProcess.standardError()), args);
    }

    /** The one factory for the command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return ToolProcess.newCommandLine(CommandModel.of(new SocketChatCommand()), out, err);
    }
}
