package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.http.client.Download;
import dev.netbasics.http.client.HttpExchange;
import dev.netbasics.http.client.HttpRequestSpec;
import dev.netbasics.http.client.HttpResult;
import dev.netbasics.http.client.HttpToolsException;
import dev.netbasics.http.client.TargetUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "get",
        description = {
            "The book's get_example.py: GET the URL and print its status and headers.",
            "As the book prints them: 'Status: 200' and 'Headers: [(name, value), ...]'",
            "(received order, names as written, repeated headers kept)."
        },
        exitCodeList = {
            "  0:success, whatever the status (as curl)", ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE,
            ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE, ExitCode.HELP_PROTOCOL,
            " 22:--fail and an HTTP status of 400 or more", ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS,
            ExitCode.HELP_INTERRUPTED
        })
final class GetCommand extends ToolCommand implements Callable<Integer> {

    /** curl's {@code -o -}: the body to standard output. */
    static final String STANDARD_OUTPUT = "-";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = TargetUrl.DESCRIPTION)
    String url;

    @Mixin
    RequestOptions options;

    @Option(names = {"-i", "--include", "--body"}, description = "Print the body after the headers.")
    boolean body;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Save the body to FILE (complete or not at all); '-' writes it to standard output.")
    String output;

    @Option(names = {"-O", "--remote-name"}, description = "Save the body to a file in this directory named like"
            + " the last segment of the URL given (never of a redirect), never a hidden file.")
    boolean remoteName;

    @Option(names = "--force", description = "With -O, overwrite a file of that name.")
    boolean force;

    @Option(names = {"-I", "--head"}, description = "Send HEAD instead of GET: status and headers only, as curl -I.")
    boolean head;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (head && (body || output != null || remoteName)) {
            throw new HttpToolsException(ExitCode.USAGE, "-I/--head gets no body to print or save");
        }
        if (output != null && remoteName) {
            throw new HttpToolsException(ExitCode.USAGE, "-o and -O both name the file; give one");
        }
        boolean toStandardOutput = STANDARD_OUTPUT.equals(output);
        Path target = remoteName ? remoteFileName(TargetUrl.parse(url), force)
                : output != null && !toStandardOutput ? Path.of(output) : null;
        if (target != null) {
            Download.checkTarget(target);
        }
        HttpRequestSpec request = options.request(head ? "HEAD" : "GET", url, null, null);
        HttpResult result = options.exchange(spec.commandLine().getErr()).send(request);
        ResponseOutput.checkFail(options.fail, result);
        boolean terminal = System.console() != null;
        if (target != null) {
            PrintWriter progress = terminal ? spec.commandLine().getErr() : null;
            try {
                Download.save(result.body(), target, result.contentLength(), progress, !remoteName || force);
            } catch (IOException e) {
                throw HttpExchange.failure(result.uri(), e);
            }
            return 0;
        }
        if (toStandardOutput) {
            ResponseOutput.writeBody(out, System.out, result, terminal);
            return 0;
        }
        if (options.jsonOutput) {
            ResponseOutput.printJson(out, result);
            return 0;
        }
        ResponseOutput.printStatusAndHeaders(out, result, options.http2());
        if (body) {
            out.println();
            ResponseOutput.writeBody(out, System.out, result, terminal);
        } else {
            result.body().close();
        }
        out.flush();
        return 0;
    }

    /**
     * curl's {@code -O}: the last segment of the URL the user typed, as it is (no percent-decoding, so it cannot
     * name another directory), in this directory; never a hidden file (a redirect to {@code /.bashrc} cannot
     * choose it, and neither can the URL), and an existing file only with {@code --force}.
     */
    static Path remoteFileName(URI uri, boolean force) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals("..")) {
            throw new HttpToolsException(ExitCode.USAGE, "-O: the URL names no file; use -o FILE");
        }
        if (name.startsWith(".")) {
            throw new HttpToolsException(ExitCode.USAGE, "-O: '" + name + "' would be a hidden file; use -o FILE");
        }
        if (name.indexOf('\\') >= 0) {
            throw new HttpToolsException(ExitCode.USAGE, "-O: '" + name + "' is not a plain file name; use -o FILE");
        }
        Path target = Path.of(name);
        if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new HttpToolsException(ExitCode.USAGE, "-O: " + name + " exists; add --force to overwrite it,"
                    + " or use -o FILE");
        }
        return target;
    }
}
