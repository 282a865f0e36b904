package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.TerminalText;
import dev.netbasics.url.error.HttpError;
import dev.netbasics.url.error.NetworkErrors;
import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.UrlParser;
import dev.netbasics.url.request.UrlOpener;
import dev.netbasics.url.request.UrlRequest;
import dev.netbasics.url.request.UrlResponse;
import dev.netbasics.url.robotparser.PythonRobotParser;
import dev.netbasics.url.robotparser.RobotsRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The work of {@code robots}: read robots.txt from a URL or a file, then answer for each path by RFC 9309 or,
 * in Python compatibility, exactly as {@code urllib.robotparser} would.
 */
final class RobotsCheck {

    static final int ALL_ALLOWED = 0;
    static final int SOME_DISALLOWED = 3;

    private final ProcessContext process;
    private final PrintWriter out;
    private final PrintWriter err;

    RobotsCheck(ProcessContext process, PrintWriter out, PrintWriter err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    int run(String source, UrlRequest request, String agent, List<String> paths, boolean pythonCompat,
            boolean info) {
        Retrieved robots = retrieve(source, request, pythonCompat);
        PythonRobotParser python = pythonCompat || info ? robots.python() : null;
        RobotsRules rules = pythonCompat ? null : robots.rfc();
        if (info) {
            out.println("crawl-delay: " + python.crawlDelay(agent));
            out.println("request-rate: " + python.requestRate(agent));
            out.println("sitemaps: " + python.siteMaps());
        }
        boolean allAllowed = true;
        for (String path : paths) {
            boolean allowed = pythonCompat ? python.canFetch(agent, path) : rules.isAllowed(agent, path);
            allAllowed &= allowed;
            out.println((allowed ? "allowed " : "disallowed ") + path);
        }
        out.flush();
        return allAllowed ? ALL_ALLOWED : SOME_DISALLOWED;
    }

    /**
     * Reads robots.txt. An HTTP error is an answer in itself, for both parsers; no answer at all is one only
     * for RFC 9309 (disallow everything), while Python's robotparser lets the URLError through.
     */
    private Retrieved retrieve(String source, UrlRequest request, boolean pythonCompat) {
        if (!isUrl(request.url())) {
            return new Retrieved(readFile(source), Retrieved.READ);
        }
        try {
            return new Retrieved(fetch(request), Retrieved.READ);
        } catch (HttpError e) {
            int status = e.response().status();
            if (!pythonCompat) {
                warn(source + " answered " + status + " " + e.response().reason() + ": "
                        + (status >= 500 ? "everything disallowed (RFC 9309: unreachable)"
                                : "everything allowed (RFC 9309: unavailable)"));
            }
            return new Retrieved(null, status);
        } catch (UrlToolsException e) {
            if (pythonCompat || e.exitCode() == ExitCode.USAGE) {
                throw e;
            }
            warn(e.getMessage() + ": everything disallowed (RFC 9309: unreachable)");
            return new Retrieved(null, Retrieved.UNREACHABLE);
        }
    }

    private byte[] fetch(UrlRequest request) {
        UrlOpener opener = new UrlOpener(process.environment());
        try (UrlResponse response = opener.open(request)) {
            return response.body().readNBytes(RobotsRules.PARSED_LIMIT_BYTES);
        } catch (IOException e) {
            throw NetworkErrors.urlError(e);
        }
    }

    private static byte[] readFile(String source) {
        try {
            return Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw UrlToolsException.usage("no such file: " + source);
        } catch (IOException e) {
            throw UrlToolsException.usage("cannot read " + source + ": " + e.getMessage());
        }
    }

    /** A scheme of two or more letters: {@code C:\robots.txt} stays a file name. */
    private static boolean isUrl(String source) {
        String scheme = UrlParser.schemeOf(source);
        return scheme != null && scheme.length() > 1;
    }

    /** The message quotes the server (its reason phrase, its error): its control characters are escaped. */
    private void warn(String message) {
        err.println("Warning: " + TerminalText.escapeControls(message));
        err.flush();
    }

    /** robots.txt's bytes, or the HTTP error status it answered with ({@code UNREACHABLE}: no answer). */
    private record Retrieved(byte[] content, int status) {

        static final int READ = 0;
        static final int UNREACHABLE = -1;

        RobotsRules rfc() {
            if (content != null) {
                return RobotsRules.parse(content);
            }
            return status == UNREACHABLE || status >= 500 ? RobotsRules.disallowingAll() : RobotsRules.allowingAll();
        }

        PythonRobotParser python() {
            return content != null ? PythonRobotParser.parse(content) : PythonRobotParser.afterHttpError(status);
        }
    }
}
