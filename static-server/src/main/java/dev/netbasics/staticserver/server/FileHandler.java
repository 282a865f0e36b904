package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers one request from the files under the root, as Python's SimpleHTTPRequestHandler does, plus
 * conditional requests (RFC 9110, 13: ETag and Last-Modified against If-Match, If-Unmodified-Since,
 * If-None-Match, If-Modified-Since and If-Range), byte ranges and CORS.
 */
final class FileHandler {

    static final List<String> INDEX_FILES = List.of("index.html", "index.htm");
    private static final String ERROR_PAGE = """
            <!DOCTYPE HTML>
            <html lang="en">
                <head>
                    <meta charset="utf-8">
                    <title>Error response</title>
                </head>
                <body>
                    <h1>Error response</h1>
                    <p>Error code: %d</p>
                    <p>Message: %s.</p>
                    <p>Error code explanation: %d - %s.</p>
                </body>
            </html>
            """;

    private final ServerConfig config;
    private final PathResolver resolver;
    private final AccessLog log;
    private final FileCache cache = new FileCache();
    private final Uploads uploads;
    private final Compression compression;

    /** One for each event loop: its file cache is the loop's own. */
    FileHandler(ServerConfig config, AccessLog log) {
        this.config = config;
        this.resolver = new PathResolver(config.root(), config.hideDotfiles());
        this.log = log;
        this.uploads = new Uploads(config.upload(), resolver, config.hideDotfiles());
        this.compression = new Compression(config.root(), config.gzip());
    }

    /** Whether the request is an upload, whose body {@link #beginUpload} takes instead of it being dropped. */
    boolean takesUpload(HttpRequest request) {
        return uploads.takes(request);
    }

    /** The upload ready for the request's body; or null when it was refused, the error answer queued on out. */
    Upload beginUpload(HttpRequest request, ResponseWriter out, InetAddress client) {
        try {
            return uploads.begin(request);
        } catch (HttpError error) {
            sendError(out, error, false, client, request.requestLine());
            return null;
        }
    }

    /**
     * The upload's body has come whole: its files take their names, and the answer says where (201 and
     * Location, a page listing them for a form; 204 for a PUT that replaced a file, RFC 9110, 9.3.4). Returns
     * whether the connection may carry another request.
     */
    boolean finishUpload(HttpRequest request, Upload upload, ResponseWriter out, boolean keepAlive,
            InetAddress client) {
        Upload.Result result;
        try {
            result = upload.finish();
        } catch (HttpError error) {
            sendError(out, error, false, client, request.requestLine());
            return false;
        }
        if (!upload.isForm() && result.replaced()) {
            log.request(client, request.requestLine(), HttpStatus.NO_CONTENT);
            common(out.start(HttpStatus.NO_CONTENT), request, keepAlive).sendHeadOnly();
            return keepAlive;
        }
        log.request(client, request.requestLine(), HttpStatus.CREATED);
        common(out.start(HttpStatus.CREATED), request, keepAlive).header("Location", result.locations().get(0));
        if (!upload.isForm()) {
            out.header("Content-Length", "0").sendHeadOnly();
            return keepAlive;
        }
        byte[] page = UploadForm.resultPage(result);
        out.header("Content-Type", "text/html; charset=utf-8")
                .header("Content-Length", Integer.toString(page.length))
                .send(page);
        return keepAlive;
    }

    /** Queues the answer to the request on {@code out}; returns whether the connection may carry another one. */
    boolean handle(HttpRequest request, ResponseWriter out, boolean keepAlive, InetAddress client) {
        boolean head = request.method().equals("HEAD");
        try {
            switch (request.method()) {
                case "GET", "HEAD" -> serve(request, out, keepAlive, head, client);
                case "OPTIONS" -> {
                    if (!config.cors()) {
                        throw unsupported(request);
                    }
                    // RFC 9110, 13.2.1: OPTIONS selects no representation, so preconditions are ignored.
                    log.request(client, request.requestLine(), HttpStatus.NO_CONTENT);
                    common(out.start(HttpStatus.NO_CONTENT), request, keepAlive)
                            .header("Allow", allowed())
                            .header("Access-Control-Allow-Methods", allowed())
                            .header("Access-Control-Allow-Headers", "*")
                            .header("Access-Control-Max-Age", "86400")
                            .sendHeadOnly();
                }
                default -> throw unsupported(request);
            }
            return keepAlive;
        } catch (HttpError error) {
            sendError(out, error, head, client, request.requestLine());
            return false;
        }
    }

    /** Python's send_error: log both lines, then the escaped error page with Connection: close. */
    void sendError(ResponseWriter out, HttpError error, boolean head, InetAddress client, String requestLine) {
        int status = error.status();
        log.error(client, status, error.getMessage());
        log.request(client, requestLine, status);
        byte[] body = String.format(ERROR_PAGE, status, DirectoryListing.escapeHtml(error.getMessage()), status,
                DirectoryListing.escapeHtml(HttpStatus.explanation(status))).getBytes(StandardCharsets.UTF_8);
        out.start(status).header("Connection", "close");
        if (config.cors()) {
            out.header("Access-Control-Allow-Origin", "*");
        }
        if (status == HttpStatus.NOT_IMPLEMENTED) {
            out.header("Allow", allowed());
        }
        out.header("Content-Type", "text/html;charset=utf-8")
                .header("Content-Length", Integer.toString(body.length));
        if (head) {
            out.sendHeadOnly();
        } else {
            out.send(body);
        }
    }

    /** Logs why a connection ends without an answer to what it sent last (a request body it broke off, say). */
    void connectionEnded(InetAddress client, String reason) {
        log.message(client, reason);
    }

    /** Logs a fault in the server itself: the connection it happened on is then closed without an answer. */
    void internalError(InetAddress client, Throwable fault) {
        log.error(client, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error: " + fault);
    }

    private void serve(HttpRequest request, ResponseWriter out, boolean keepAlive, boolean head,
            InetAddress client) throws HttpError {
        StaticFile file = cache.get(request.path());
        if (file == null) {
            file = find(request, out, keepAlive, head, client);
            if (file == null) {
                return;
            }
            cache.put(request.path(), file);
        }
        sendFile(request, compression.select(request, file, cache), out, keepAlive, head, client);
    }

    /** The file the request names; or null when a directory's redirect or listing has been sent instead. */
    private StaticFile find(HttpRequest request, ResponseWriter out, boolean keepAlive, boolean head,
            InetAddress client) throws HttpError {
        List<String> segments = resolver.segments(request.path());
        Path path = resolver.resolve(segments);
        PosixFileAttributes attributes = attributes(path);
        if (attributes.isDirectory()) {
            if (!request.path().endsWith("/")) {
                redirectToDirectory(request, segments, out, keepAlive, client);
                return null;
            }
            Path index = indexFile(path);
            if (index == null) {
                list(request, path, out, keepAlive, head, client);
                return null;
            }
            path = index;
            attributes = attributes(index);
        } else if (request.path().endsWith("/")) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
        if (!attributes.isRegularFile()) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
        try {
            return compression.withCodings(StaticFile.load(path, attributes), attributes);
        } catch (IOException e) {
            // Unreadable files answer 404, like jwebserver: a 403 would tell that the file exists.
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
    }

    private void sendFile(HttpRequest request, StaticFile file, ResponseWriter out, boolean keepAlive, boolean head,
            InetAddress client) throws HttpError {
        switch (Preconditions.evaluate(request, file.etag, file.modifiedSeconds)) {
            case NOT_MODIFIED -> {
                log.request(client, request.requestLine(), HttpStatus.NOT_MODIFIED);
                vary(common(out.start(HttpStatus.NOT_MODIFIED), request, keepAlive), file)
                        .header("ETag", file.etag).header("Last-Modified", file.lastModified).sendHeadOnly();
                return;
            }
            case FAILED -> {
                preconditionFailed(request, out, keepAlive, client);
                return;
            }
            case PROCEED -> {
                // the representation, or ranges of it
            }
        }
        ByteRanges.Outcome ranges = rangesAsked(request, file);
        if (ranges.unsatisfiable()) {
            log.request(client, request.requestLine(), HttpStatus.RANGE_NOT_SATISFIABLE);
            vary(common(out.start(HttpStatus.RANGE_NOT_SATISFIABLE), request, keepAlive), file)
                    .header("Content-Range", "bytes */" + file.size)
                    .header("Content-Length", "0").sendHeadOnly();
            return;
        }
        int status = ranges.ignore() ? HttpStatus.OK : HttpStatus.PARTIAL_CONTENT;
        log.request(client, request.requestLine(), status);
        common(out.start(status), request, keepAlive);
        if (ranges.ignore()) {
            out.endHead(file.okHeaders);
            if (!head && file.content != null) {
                out.append(file.content);
            } else if (!head) {
                appendBody(out, file, List.of(new ByteRanges.Range(0, file.size - 1)), null);
            }
            return;
        }
        vary(out, file).header("Last-Modified", file.lastModified).header("ETag", file.etag)
                .header("Accept-Ranges", "bytes");
        if (ranges.ranges().size() == 1) {
            ByteRanges.Range range = ranges.ranges().get(0);
            out.header("Content-type", file.contentType)
                    .header("Content-Range", range.contentRange(file.size))
                    .header("Content-Length", Long.toString(range.length()))
                    .endHead();
            if (!head) {
                appendBody(out, file, ranges.ranges(), null);
            }
            return;
        }
        sendMultipart(out, file, ranges.ranges(), head);
    }

    /**
     * The ranges of the file, each after its preamble if there are preambles: from memory for a small file,
     * else from the file itself, opened here and closed by {@code out} once sent.
     */
    private static void appendBody(ResponseWriter out, StaticFile file, List<ByteRanges.Range> ranges,
            byte[][] preambles) throws HttpError {
        FileChannel channel = file.content == null ? open(file.path) : null;
        for (int i = 0; i < ranges.size(); i++) {
            if (preambles != null) {
                out.append(ByteBuffer.wrap(preambles[i]));
            }
            ByteRanges.Range range = ranges.get(i);
            if (channel == null) {
                out.append(file.slice(range.first(), range.length()));
            } else {
                out.append(channel, range.first(), range.length());
            }
        }
        if (channel != null) {
            out.closeWhenSent(channel);
        }
    }

    /** RFC 9110, 14.6: multipart/byteranges, with the exact Content-Length computed up front. */
    private static void sendMultipart(ResponseWriter out, StaticFile file, List<ByteRanges.Range> ranges,
            boolean head) throws HttpError {
        String boundary = "netbasics-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        byte[][] preambles = new byte[ranges.size()][];
        long length = 0;
        for (int i = 0; i < ranges.size(); i++) {
            ByteRanges.Range range = ranges.get(i);
            preambles[i] = ((i == 0 ? "" : "\r\n") + "--" + boundary + "\r\nContent-Type: " + file.contentType
                    + "\r\nContent-Range: " + range.contentRange(file.size) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            length += preambles[i].length + range.length();
        }
        byte[] epilogue = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        length += epilogue.length;
        out.header("Content-Type", "multipart/byteranges; boundary=" + boundary)
                .header("Content-Length", Long.toString(length))
                .endHead();
        if (!head) {
            appendBody(out, file, ranges, preambles);
            out.append(ByteBuffer.wrap(epilogue));
        }
    }

    /** 412, without a body, the connection kept: the client asked for a condition, not for an error page. */
    private void preconditionFailed(HttpRequest request, ResponseWriter out, boolean keepAlive, InetAddress client) {
        log.request(client, request.requestLine(), HttpStatus.PRECONDITION_FAILED);
        common(out.start(HttpStatus.PRECONDITION_FAILED), request, keepAlive).header("Content-Length", "0")
                .sendHeadOnly();
    }

    /**
     * The ranges to send: none (the whole file) without Range, for another method than GET (RFC 9110, 14.2:
     * range handling is defined for GET only, so a HEAD is answered as the GET without Range would be), or when
     * If-Range names another version.
     */
    private static ByteRanges.Outcome rangesAsked(HttpRequest request, StaticFile file) {
        String range = request.header("range");
        if (range == null || !request.method().equals("GET")
                || !Preconditions.rangeApplies(request, file.etag, file.modifiedSeconds)) {
            return new ByteRanges.Outcome(true, List.of());
        }
        return ByteRanges.parse(range, file.size);
    }

    private void list(HttpRequest request, Path directory, ResponseWriter out, boolean keepAlive, boolean head,
            InetAddress client) throws HttpError {
        if (!config.listing()) {
            throw new HttpError(HttpStatus.NOT_FOUND, "No permission to list directory");
        }
        byte[] page;
        try {
            page = DirectoryListing.render(directory, request.path() + request.query(), resolver,
                    config.upload().enabled() ? UploadForm.FORM : "");
        } catch (IOException e) {
            throw new HttpError(HttpStatus.NOT_FOUND, "No permission to list directory");
        }
        // A listing has no validators: only "*" and the absence of tags can hold, no date applies.
        switch (Preconditions.evaluate(request, null, Preconditions.NO_DATE)) {
            case NOT_MODIFIED -> {
                log.request(client, request.requestLine(), HttpStatus.NOT_MODIFIED);
                common(out.start(HttpStatus.NOT_MODIFIED), request, keepAlive).sendHeadOnly();
                return;
            }
            case FAILED -> {
                preconditionFailed(request, out, keepAlive, client);
                return;
            }
            case PROCEED -> {
                // the listing
            }
        }
        log.request(client, request.requestLine(), HttpStatus.OK);
        common(out.start(HttpStatus.OK), request, keepAlive)
                .header("Content-type", "text/html; charset=utf-8")
                .header("Content-Length", Integer.toString(page.length));
        if (head) {
            out.sendHeadOnly();
        } else {
            out.send(page);
        }
    }

    /**
     * 301 to the directory with its slash, query kept. The location is rebuilt from the decoded segments,
     * so it always starts with exactly one slash and can never name another host (CVE-2021-28861).
     */
    private void redirectToDirectory(HttpRequest request, List<String> segments, ResponseWriter out,
            boolean keepAlive, InetAddress client) {
        StringBuilder location = new StringBuilder();
        for (String segment : segments) {
            location.append('/').append(PathResolver.quote(segment));
        }
        location.append('/').append(request.query());
        log.request(client, request.requestLine(), HttpStatus.MOVED_PERMANENTLY);
        common(out.start(HttpStatus.MOVED_PERMANENTLY), request, keepAlive)
                .header("Location", location.toString())
                .header("Content-Length", "0")
                .sendHeadOnly();
    }

    /** RFC 9110, 12.5.5: every answer about a file that comes in several codings says what it varies on. */
    private static ResponseWriter vary(ResponseWriter out, StaticFile file) {
        return file.codings.isEmpty() ? out : out.header("Vary", "Accept-Encoding");
    }

    private ResponseWriter common(ResponseWriter out, HttpRequest request, boolean keepAlive) {
        if (!keepAlive) {
            out.header("Connection", "close");
        } else if (request.version().equals(ServerConfig.HTTP_1_0)) {
            out.header("Connection", "keep-alive");
        }
        if (config.cors()) {
            out.header("Access-Control-Allow-Origin", "*");
        }
        return out;
    }

    private String allowed() {
        String methods = config.upload().enabled() ? "GET, HEAD, PUT, POST" : "GET, HEAD";
        return config.cors() ? methods + ", OPTIONS" : methods;
    }

    /** The directory's index file, if it has one that stays under the root. */
    private Path indexFile(Path directory) {
        for (String name : INDEX_FILES) {
            Path index = resolver.child(directory, name);
            if (index != null && Files.isRegularFile(index)) {
                return index;
            }
        }
        return null;
    }

    private static PosixFileAttributes attributes(Path path) throws HttpError {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class);
        } catch (IOException e) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
    }

    /** A file that can no longer be read answers 404, as one that never could. */
    private static FileChannel open(Path path) throws HttpError {
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
    }

    private static HttpError unsupported(HttpRequest request) {
        return new HttpError(HttpStatus.NOT_IMPLEMENTED,
                "Unsupported method (" + PythonRepr.repr(request.method()) + ")");
    }
}
