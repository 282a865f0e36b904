package dev.netbasics.ftp;

import dev.netbasics.cli.ToolProcess;
import dev.netbasics.ftp.client.FtpFailures;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Process entry point of ftp-tools: builds the command line, runs it and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ToolProcess.run(newCommandLine(ToolProcess.standardOutput(), ToolProcess.standardError()), args);
    }

    /** The one factory for the command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return ToolProcess.newCommandLine(
                CommandModel.of(new FtpToolsCommand(System.getenv(), System::console)), out, err, new FtpFailures());
    }
}
