package dev.netbasics.url;

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
        Answers answers = pythonCompat ? pythonAnswers(source, request) : rfcAnswers(source, request);
        if (info) {
            PythonRobotParser python = answers.python();
            out.println("crawl-delay: " + python.crawlDelay(agent));
            out.println("request-rate: " + python.requestRate(agent));
            out.println("sitemaps: " + python.siteMaps());
        }
        boolean allAllowed = true;
        for (String path : paths) {
            boolean allowed = answers.isAllowed(agent, path);
            allAllowed &= allowed;
            out.println((allowed ? "allowed " : "disallowed ") + path);
        }
        out.flush();
        return allAllowed ? ALL_ALLOWED : SOME_DISALLOWED;
    }

    private Answers rfcAnswers(String source, UrlRequest request) {
        if (!isUrl(source)) {
            byte[] content = readFile(source);
            return new Answers(RobotsRules.parse(content), PythonRobotParser.parse(content), false);
        }
        try {
            byte[] content = fetch(request);
            return new Answers(RobotsRules.parse(content), PythonRobotParser.parse(content), false);
        } catch (HttpError e) {
            int status = e.response().status();
            boolean unreachable = status >= 500;
            warn(source + " answered " + status + " " + e.response().reason() + ": "
                    + (unreachable ? "everything disallowed (RFC 9309: unreachable)"
                            : "everything allowed (RFC 9309: unavailable)"));
            return new Answers(unreachable ? RobotsRules.disallowingAll() : RobotsRules.allowingAll(),
                    PythonRobotParser.afterHttpError(status), false);
        } catch (UrlToolsException e) {
            if (e.exitCode() == UrlToolsException.USAGE) {
                throw e;
            }
            warn(e.getMessage() + ": everything disallowed (RFC 9309: unreachable)");
            return new Answers(RobotsRules.disallowingAll(), PythonRobotParser.afterHttpError(500), false);
        }
    }

    private Answers pythonAnswers(String source, UrlRequest request) {
        if (!isUrl(source)) {
            return new Answers(null, PythonRobotParser.parse(readFile(source)), true);
        }
        try {
            return new Answers(null, PythonRobotParser.parse(fetch(request)), true);
        } catch (HttpError e) {
            return new Answers(null, PythonRobotParser.afterHttpError(e.response().status()), true);
        }
    }

    private byte[] fetch(UrlRequest request) {
        UrlOpener opener = new UrlOpener(UrlFetch.userAgent(), process.environment());
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
            throw new UrlToolsException(UrlToolsException.USAGE, "no such file: " + source);
        } catch (IOException e) {
            throw new UrlToolsException(UrlToolsException.USAGE, "cannot read " + source + ": " + e.getMessage());
        }
    }

    /** A scheme of two or more letters: {@code C:\robots.txt} stays a file name. */
    private static boolean isUrl(String source) {
        String scheme = UrlOpener.schemeOf(source);
        return scheme != null && scheme.length() > 1;
    }

    private void warn(String message) {
        err.println("Warning: " + message);
        err.flush();
    }

    private record Answers(RobotsRules rfc, PythonRobotParser python, boolean pythonCompat) {

        boolean isAllowed(String agent, String path) {
            return pythonCompat ? python.canFetch(agent, path) : rfc.isAllowed(agent, path);
        }
    }
}
