package dev.netbasics.ftp;

import dev.netbasics.cli.ToolProcess;
import dev.netbasics.ftp.client.FtpFailures;
import dev.netbasics.ftp.client.FtpToolsException;
import java.io.PrintWriter;
import java.util.Map;
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
        CommandLine commandLine = ToolProcess.newCommandLine(
                CommandModel.of(new FtpToolsCommand(System.getenv(), System::console)), out, err, new FtpFailures());
        setExitCodeHelp(commandLine, FtpToolsException.exitCodeHelp());
        return commandLine;
    }

    private static void setExitCodeHelp(CommandLine commandLine, Map<String, String> exitCodes) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        commandLine.getSubcommands().values().forEach(sub -> setExitCodeHelp(sub, exitCodes));
    }
}
