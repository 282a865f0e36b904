package dev.netbasics.http;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.http.client.HttpRequestSpec;
import dev.netbasics.http.client.HttpResult;
import dev.netbasics.http.client.HttpToolsException;
import dev.netbasics.http.client.TargetUrl;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "post",
        description = "The book's post_example.py: POST JSON (or data, or a form) and print the response body.",
        exitCodeList = {
            "  0:success, whatever the status (as curl)", ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE,
            ExitCode.HELP_UNKNOWN_HOST, ExitCode.HELP_UNREACHABLE, ExitCode.HELP_PROTOCOL,
            " 22:--fail and an HTTP status of 400 or more", ExitCode.HELP_TIMEOUT, ExitCode.HELP_TLS,
            ExitCode.HELP_INTERRUPTED
        })
final class PostCommand extends ToolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = TargetUrl.DESCRIPTION)
    String url;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Payload payload;

    static final class Payload {
        @Option(names = "--json", paramLabel = "JSON|@FILE|@-",
                description = "Send this JSON (checked first) as application/json; @FILE reads a file, @- standard"
                        + " input (as curl's --json).")
        String json;

        @Option(names = {"-d", "--data"}, paramLabel = "DATA|@FILE|@-",
                description = "Send DATA as it is, or the bytes of FILE, or standard input.")
        String data;

        @Option(names = "--form", paramLabel = "KEY=VALUE", description = "Send a urlencoded form field (repeatable).")
        List<String> form;
    }

    @Mixin
    RequestOptions options;

    @Override
    public Integer call() throws IOException {
        byte[] body;
        String contentType;
        if (payload.json != null) {
            body = payload.json.startsWith("@") ? data(payload.json) : payload.json.getBytes(StandardCharsets.UTF_8);
            Json.validate(new String(body, StandardCharsets.UTF_8));
            contentType = "application/json";
        } else if (payload.data != null) {
            body = data(payload.data);
            contentType = "application/x-www-form-urlencoded";
        } else {
            body = form(payload.form).getBytes(StandardCharsets.US_ASCII);
            contentType = "application/x-www-form-urlencoded";
        }
        HttpRequestSpec request = options.request("POST", url, body, contentType);
        HttpResult result = options.exchange(spec.commandLine().getErr()).send(request);
        ResponseOutput.checkFail(options.fail, result);
        PrintWriter out = spec.commandLine().getOut();
        if (options.jsonOutput) {
            ResponseOutput.printJson(out, result);
        } else {
            ResponseOutput.writeBody(out, System.out, result, System.console() != null);
            out.println();
        }
        out.flush();
        return 0;
    }

    private static byte[] data(String data) throws IOException {
        if (data.equals("@-")) {
            InputStream stdin = System.in;
            return stdin.readAllBytes();
        }
        if (data.startsWith("@")) {
            Path file = Path.of(data.substring(1));
            if (!Files.isReadable(file)) {
                throw new HttpToolsException(ExitCode.USAGE, "cannot read " + file);
            }
            return Files.readAllBytes(file);
        }
        return data.getBytes(StandardCharsets.UTF_8);
    }

    private static String form(List<String> fields) {
        StringBuilder encoded = new StringBuilder();
        for (String field : fields) {
            int equals = field.indexOf('=');
            if (equals <= 0) {
                throw new HttpToolsException(ExitCode.USAGE, "--form needs KEY=VALUE, not " + field);
            }
            if (!encoded.isEmpty()) {
                encoded.append('&');
            }
            encoded.append(URLEncoder.encode(field.substring(0, equals), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }
}
