package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.http.client.Download;
import dev.netbasics.http.client.HttpRequestSpec;
import dev.netbasics.http.client.HttpResult;
import dev.netbasics.http.client.HttpToolsException;
import dev.netbasics.http.client.RequestHeaders;
import dev.netbasics.http.client.TargetUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
            "(received order, repeated headers kept)."
        },
        exitCodeList = {
            "  0:success, whatever the status (as curl)", ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE,
            ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE,
            ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS, " 22:--fail and an HTTP status of 400 or more",
            ExitCode.HELP_INTERRUPTED
        })
final class GetCommand extends ToolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = TargetUrl.DESCRIPTION)
    String url;

    @Mixin
    RequestOptions options;

    @Option(names = {"-i", "--body"}, description = "Print the body after the headers.")
    boolean body;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Save the body to FILE (complete or not at all).")
    Path output;

    @Option(names = {"-O", "--remote-name"}, description = "Save the body to a file named like the URL's last segment.")
    boolean remoteName;

    @Option(names = {"-I", "--head"}, description = "Send HEAD instead of GET: status and headers only, as curl -I.")
    boolean head;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (head && (body || output != null || remoteName)) {
            throw new HttpToolsException(ExitCode.USAGE, "-I/--head gets no body to print or save");
        }
        if (output != null) {
            Download.checkTarget(output);
        }
        HttpResult result = options.exchange().send(new HttpRequestSpec(head ? "HEAD" : "GET", TargetUrl.parse(url),
                RequestHeaders.parse(options.headers, options.user), null));
        ResponseOutput.checkFail(options.fail, result);
        Path target = output != null ? output : remoteName ? remoteFileName(result.uri()) : null;
        if (target != null) {
            PrintWriter progress = System.console() != null ? spec.commandLine().getErr() : null;
            Download.save(result.body(), target, result.contentLength(), progress);
            return 0;
        }
        if (options.jsonOutput) {
            ResponseOutput.printJson(out, result);
            return 0;
        }
        ResponseOutput.printStatusAndHeaders(out, result);
        if (body) {
            out.println();
            ResponseOutput.printText(out, result, System.console() != null);
        }
        out.flush();
        return 0;
    }

    private static Path remoteFileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new HttpToolsException(ExitCode.USAGE, "-O: the URL names no file; use -o FILE");
        }
        Path target = Path.of(name);
        Download.checkTarget(target);
        return target;
    }
}
