package dev.netbasics.url;

import dev.netbasics.cli.http.WireTrace;
import dev.netbasics.cli.ssl.TrustOptions;
import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.request.RequestHeaders;
import dev.netbasics.url.request.UrlRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code urlopen(Request(url, data, headers), timeout=…)} is given, shared by read, headers and robots. */
final class RequestOptions {

    static final double DEFAULT_TIMEOUT_SECONDS = 30;

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
            description = "Send this request header (repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "DATA|@FILE|@-",
            description = "POST this body, as urlopen(url, data) does (form content type unless -H sets one);"
                    + " @FILE reads a file, @- standard input.")
    String data;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Timeout of each connect and read (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

    @Mixin
    TrustOptions tls;

    @Option(names = {"-v", "--verbose"}, description = "Print the request and answer heads of each HTTP exchange on"
            + " stderr ('>' sent, '<' received), as curl -v.")
    boolean verbose;

    /** {@code url} as typed: curl's shorthand is the caller's to expand first ({@link UrlShorthand}). */
    UrlRequest toRequest(String url, InputStream standardInput, PrintWriter err) {
        if (!(timeoutSeconds > 0) || timeoutSeconds > Integer.MAX_VALUE / 1000.0) {
            throw UrlToolsException.usage("--timeout must be a positive number of seconds");
        }
        return new UrlRequest(url, RequestHeaders.parse(headers), body(standardInput),
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), tls.trust(),
                verbose ? WireTrace.to(err) : WireTrace.silent());
    }

    private byte[] body(InputStream standardInput) {
        if (data == null) {
            return null;
        }
        if (!data.startsWith("@")) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
        String source = data.substring(1);
        try {
            return source.equals("-") ? standardInput.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (IOException e) {
            throw UrlToolsException.usage("cannot read --data " + data + ": " + e);
        }
    }
}
