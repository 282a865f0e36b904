package dev.netbasics.ftp;

import dev.netbasics.cli.ExitCode;
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
 * the session, print, log out (also when the work fails). Its {@code @Command} holds the exit codes every one of
 * them can return (picocli's annotation processor also wants one on the class of {@code @ParentCommand} fields).
 */
@Command(
        exitCodeList = {
            ExitCode.HELP_SUCCESS, "  1:a 4xx/5xx reply, an incomplete transfer, a local file problem",
            "  2:usage error (bad option, -u USER:PASSWORD, no password available, bad --cacert)",
            ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE,
            "  8:protocol error: a reply past the limits (8192 a line) or malformed", ExitCode.HELP_TIMEOUT,
            ExitCode.HELP_TLS, " 67:login failed (wrong user or password)", ExitCode.HELP_INTERRUPTED
        })
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
