package dev.netbasics.ftp;

import dev.netbasics.cli.ToolCommand;
import dev.netbasics.ftp.client.FtpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What every ftp-tools command does, as the book's ftplib scripts do: check its own arguments, log in, work in
 * the session, print, log out (also when the work fails). A bare {@code @Command}, as picocli's annotation
 * processor wants one on the class of {@code @ParentCommand} fields.
 */
@Command
abstract class SessionCommand extends ToolCommand implements Callable<Integer> {

    @ParentCommand
    FtpToolsCommand top;

    @Mixin
    ConnectionOptions connection;

    /** What can be refused before connecting, so a usage error costs no login; nothing by default. */
    void checkArguments() {
    }

    /** Connects and logs in; the commands that work in a directory change to it here. */
    FtpSession login() throws IOException {
        return connection.open(top);
    }

    /** The command's work in the logged-in session; returns the exit status. */
    abstract int run(FtpSession session, PrintWriter out) throws IOException;

    @Override
    public final Integer call() throws IOException {
        checkArguments();
        PrintWriter out = top.out();
        try (FtpSession session = login()) {
            return run(session, out);
        } finally {
            out.flush();
        }
    }

    static int printAll(PrintWriter out, Iterable<String> lines) {
        for (String line : lines) {
            out.println(line);
        }
        return 0;
    }
}
