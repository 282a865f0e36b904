package dev.netbasics.staticserver;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers one request from the files under the root, as Python's SimpleHTTPRequestHandler does, plus
 * conditional requests (ETag, If-Modified-Since), byte ranges and CORS.
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

    FileHandler(ServerConfig config, AccessLog log) {
        this.config = config;
        this.resolver = new PathResolver(config.root(), config.hideDotfiles());
        this.log = log;
    }

    /** Answers the request; returns whether the connection may carry another one. */
    boolean handle(HttpRequest request, ResponseWriter out, boolean keepAlive, InetAddress client)
            throws IOException {
        boolean head = request.method().equals("HEAD");
        try {
            switch (request.method()) {
                case "GET", "HEAD" -> serve(request, out, keepAlive, head, client);
                case "OPTIONS" -> {
                    if (!config.cors()) {
                        throw unsupported(request);
                    }
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
    void sendError(ResponseWriter out, HttpError error, boolean head, InetAddress client, String requestLine)
            throws IOException {
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

    private void serve(HttpRequest request, ResponseWriter out, boolean keepAlive, boolean head,
            InetAddress client) throws IOException, HttpError {
        List<String> segments = resolver.segments(request.path());
        Path path = resolver.resolve(segments);
        BasicFileAttributes attributes = attributes(path);
        if (attributes.isDirectory()) {
            if (!request.path().endsWith("/")) {
                redirectToDirectory(request, segments, out, keepAlive, client);
                return;
            }
            Path index = indexFile(path);
            if (index == null) {
                list(request, path, out, keepAlive, head, client);
                return;
            }
            path = index;
            attributes = attributes(index);
        } else if (request.path().endsWith("/")) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
        if (!attributes.isRegularFile()) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
        sendFile(request, path, attributes, out, keepAlive, head, client);
    }

    private void sendFile(HttpRequest request, Path path, BasicFileAttributes attributes, ResponseWriter out,
            boolean keepAlive, boolean head, InetAddress client) throws IOException, HttpError {
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"";
        String lastModified = HttpDates.format(modified);
        if (notModified(request, etag, modified)) {
            log.request(client, request.requestLine(), HttpStatus.NOT_MODIFIED);
            common(out.start(HttpStatus.NOT_MODIFIED), request, keepAlive)
                    .header("ETag", etag).header("Last-Modified", lastModified).sendHeadOnly();
            return;
        }
        String contentType = ContentTypes.forFileName(path.getFileName().toString());
        try (FileChannel file = open(path)) {
            ByteRanges.Outcome ranges = rangesAsked(request, size, etag, modified);
            if (ranges.unsatisfiable()) {
                log.request(client, request.requestLine(), HttpStatus.RANGE_NOT_SATISFIABLE);
                common(out.start(HttpStatus.RANGE_NOT_SATISFIABLE), request, keepAlive)
                        .header("Content-Range", "bytes */" + size)
                        .header("Content-Length", "0").sendHeadOnly();
                return;
            }
            int status = ranges.ignore() ? HttpStatus.OK : HttpStatus.PARTIAL_CONTENT;
            log.request(client, request.requestLine(), status);
            common(out.start(status), request, keepAlive)
                    .header("Last-Modified", lastModified)
                    .header("ETag", etag)
                    .header("Accept-Ranges", "bytes");
            if (ranges.ignore()) {
                out.header("Content-type", contentType).header("Content-Length", Long.toString(size));
                sendBody(out, file, 0, size, head);
            } else if (ranges.ranges().size() == 1) {
                ByteRanges.Range range = ranges.ranges().get(0);
                out.header("Content-type", contentType)
                        .header("Content-Range", range.contentRange(size))
                        .header("Content-Length", Long.toString(range.length()));
                sendBody(out, file, range.first(), range.length(), head);
            } else {
                sendMultipart(out, file, ranges.ranges(), size, contentType, head);
            }
        }
    }

    private static void sendBody(ResponseWriter out, FileChannel file, long offset, long length, boolean head)
            throws IOException {
        if (head) {
            out.sendHeadOnly();
        } else {
            out.sendFile(file, offset, length);
        }
    }

    /** RFC 9110, 14.6: multipart/byteranges, with the exact Content-Length computed up front. */
    private static void sendMultipart(ResponseWriter out, FileChannel file, List<ByteRanges.Range> ranges, long size,
            String contentType, boolean head) throws IOException {
        String boundary = "netbasics-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        byte[][] preambles = new byte[ranges.size()][];
        long length = 0;
        for (int i = 0; i < ranges.size(); i++) {
            ByteRanges.Range range = ranges.get(i);
            preambles[i] = ((i == 0 ? "" : "\r\n") + "--" + boundary + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Range: " + range.contentRange(size) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            length += preambles[i].length + range.length();
        }
        byte[] epilogue = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        length += epilogue.length;
        out.header("Content-Type", "multipart/byteranges; boundary=" + boundary)
                .header("Content-Length", Long.toString(length));
        out.sendHeadOnly();
        if (!head) {
            for (int i = 0; i < ranges.size(); i++) {
                out.sendPart(preambles[i], file, ranges.get(i).first(), ranges.get(i).length());
            }
            out.sendRaw(epilogue);
        }
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2). */
    private static boolean notModified(HttpRequest request, String etag, long modifiedMillis) {
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null) {
            return etagMatches(ifNoneMatch, etag);
        }
        String ifModifiedSince = request.header("if-modified-since");
        if (ifModifiedSince == null) {
            return false;
        }
        long since = HttpDates.parseSeconds(ifModifiedSince);
        return since >= 0 && modifiedMillis / 1000 <= since;
    }

    /** Weak comparison, as If-None-Match uses: {@code W/"x"} matches {@code "x"}, and {@code *} anything. */
    private static boolean etagMatches(String list, String etag) {
        for (String candidate : list.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The ranges to send: none (whole file) without Range, or when If-Range names another version. */
    private static ByteRanges.Outcome rangesAsked(HttpRequest request, long size, String etag, long modifiedMillis) {
        String range = request.header("range");
        if (range == null || !request.method().equals("GET") && !request.method().equals("HEAD")) {
            return new ByteRanges.Outcome(true, List.of());
        }
        String ifRange = request.header("if-range");
        if (ifRange != null) {
            String value = ifRange.strip();
            boolean current = value.startsWith("\"")
                    ? value.equals(etag)
                    : HttpDates.parseSeconds(value) == modifiedMillis / 1000;
            if (!current) {
                return new ByteRanges.Outcome(true, List.of());
            }
        }
        return ByteRanges.parse(range, size);
    }

    private void list(HttpRequest request, Path directory, ResponseWriter out, boolean keepAlive, boolean head,
            InetAddress client) throws IOException, HttpError {
        if (!config.listing()) {
            throw new HttpError(HttpStatus.NOT_FOUND, "No permission to list directory");
        }
        byte[] page;
        try {
            page = DirectoryListing.render(directory, request.path() + request.query(), resolver);
        } catch (IOException e) {
            throw new HttpError(HttpStatus.NOT_FOUND, "No permission to list directory");
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
            boolean keepAlive, InetAddress client) throws IOException {
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
        return config.cors() ? "GET, HEAD, OPTIONS" : "GET, HEAD";
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

    private static BasicFileAttributes attributes(Path path) throws HttpError {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
    }

    /** Unreadable files answer 404, like jwebserver: a 403 would tell that the file exists. */
    private static FileChannel open(Path path) throws HttpError {
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
        }
    }

    private static HttpError unsupported(HttpRequest request) {
        return new HttpError(HttpStatus.NOT_IMPLEMENTED,
                "Unsupported method (" + RequestReader.pythonRepr(request.method()) + ")");
    }
}
