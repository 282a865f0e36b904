package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the request heads of one connection from its bytes as they arrive, in any pieces: the size limits
 * are enforced on the line being received before more of it is kept, and no byte is searched twice, so a
 * client sending one byte at a time costs no more than one sending all at once.
 */
final class RequestParser {

    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 100;
    /** Bodies of GET and HEAD requests are skipped up to this size to keep the connection; else it closes. */
    static final long MAX_SKIPPED_BODY = 1024 * 1024;
    private static final int MAX_LEADING_EMPTY_LINES = 8;

    /** The request line of the head being received, or null until it is complete. */
    private String requestLine;
    private String method;
    private String path;
    private String query;
    private String version;
    private List<String[]> headers = new ArrayList<>();
    private int headerBytes;
    private int emptyLines;
    /** How many bytes of the incomplete line at the front of the input have been searched for its end. */
    private int searched;
    /** Bytes of the last request's body still to be dropped before the next head. */
    private long bodyLeft;

    /** Whether any byte of a head not yet complete has arrived (a timeout then deserves a 408). */
    boolean requestStarted() {
        return requestLine != null || emptyLines > 0 || searched > 0;
    }

    /** The request line of the head being received or last parsed, as received; empty before it is whole. */
    String requestLine() {
        return requestLine == null ? "" : requestLine;
    }

    /** Whether the last request's body has not all arrived yet. */
    boolean inBody() {
        return bodyLeft > 0;
    }

    /**
     * The next complete request head in {@code input}, or null when more bytes are needed. What is parsed is
     * consumed; the start of an incomplete line stays in {@code input}.
     */
    HttpRequest parse(InputBuffer input) throws HttpError {
        if (bodyLeft > 0) {
            int skipped = (int) Math.min(bodyLeft, input.end - input.start);
            input.start += skipped;
            bodyLeft -= skipped;
            if (bodyLeft > 0) {
                return null;
            }
        }
        byte[] data = input.data;
        while (true) {
            int lineStart = input.start;
            int end = lineStart + searched;
            while (end < input.end && data[end] != '\n') {
                end++;
            }
            checkLength(end - lineStart);
            if (end == input.end) {
                searched = end - lineStart;
                return null;
            }
            searched = 0;
            input.start = end + 1;
            int lineEnd = end > lineStart && data[end - 1] == '\r' ? end - 1 : end;
            String line = new String(data, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
            if (requestLine == null) {
                if (line.isEmpty()) {
                    if (++emptyLines > MAX_LEADING_EMPTY_LINES) {
                        throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax ('')");
                    }
                    continue;
                }
                parseRequestLine(line);
            } else if (line.isEmpty()) {
                return complete();
            } else {
                addHeader(line);
            }
        }
    }

    /**
     * Arranges for the request's body to be dropped so the next request can follow on the connection;
     * false when that is unsafe (chunked or unknown length, or a body over {@link #MAX_SKIPPED_BODY}).
     */
    boolean skipBody(HttpRequest request) {
        if (request.header("transfer-encoding") != null) {
            return false;
        }
        String contentLength = request.header("content-length");
        if (contentLength == null) {
            return true;
        }
        try {
            long length = Long.parseLong(contentLength.strip());
            if (length < 0 || length > MAX_SKIPPED_BODY) {
                return false;
            }
            bodyLeft = length;
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A line longer than its limit is refused before the rest of it is kept. */
    private void checkLength(int length) throws HttpError {
        if (requestLine == null) {
            if (length > MAX_REQUEST_LINE) {
                throw new HttpError(HttpStatus.URI_TOO_LONG, "Request-URI Too Long");
            }
        } else if (length > MAX_HEADER_BYTES - headerBytes) {
            throw new HttpError(HttpStatus.HEADER_FIELDS_TOO_LARGE, "Line too long");
        }
    }

    private void parseRequestLine(String line) throws HttpError {
        requestLine = line;
        int firstSpace = line.indexOf(' ');
        int secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
        if (firstSpace <= 0 || secondSpace <= firstSpace + 1 || line.indexOf(' ', secondSpace + 1) >= 0) {
            throw badSyntax();
        }
        method = line.substring(0, firstSpace);
        version = checkVersion(line.substring(secondSpace + 1));
        if (!isToken(method)) {
            throw badSyntax();
        }
        String target = originForm(line.substring(firstSpace + 1, secondSpace));
        int fragment = target.indexOf('#');
        if (fragment >= 0) {
            target = target.substring(0, fragment);
        }
        int queryStart = target.indexOf('?');
        path = queryStart < 0 ? target : target.substring(0, queryStart);
        query = queryStart < 0 ? "" : target.substring(queryStart);
    }

    private void addHeader(String line) throws HttpError {
        headerBytes += line.length() + 2;
        if (headers.size() == MAX_HEADERS) {
            throw new HttpError(HttpStatus.HEADER_FIELDS_TOO_LARGE, "Too many headers");
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.substring(0, colon))) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad header line (" + PythonRepr.repr(line) + ")");
        }
        headers.add(new String[] {line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()});
    }

    private HttpRequest complete() {
        HttpRequest request = new HttpRequest(requestLine, method, path, query, version, headers);
        headers = new ArrayList<>();
        headerBytes = 0;
        emptyLines = 0;
        requestLine = null;
        return request;
    }

    /** The version the response is given in, or the error Python's http.server gives for it. */
    private static String checkVersion(String version) throws HttpError {
        if (version.equals(ServerConfig.HTTP_1_1)) {
            return ServerConfig.HTTP_1_1;
        }
        int dot = version.indexOf('.');
        if (!version.startsWith("HTTP/") || dot < 0 || !isNumber(version, 5, dot) || !isNumber(version, dot + 1,
                version.length())) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request version (" + PythonRepr.repr(version) + ")");
        }
        long major = Long.parseLong(version.substring(5, dot));
        long minor = Long.parseLong(version.substring(dot + 1));
        if (major >= 2) {
            throw new HttpError(HttpStatus.VERSION_NOT_SUPPORTED,
                    "Invalid HTTP version (" + version.substring("HTTP/".length()) + ")");
        }
        return major == 1 && minor >= 1 ? ServerConfig.HTTP_1_1 : ServerConfig.HTTP_1_0;
    }

    /** One to ten ASCII digits, as Python's http.server accepts in a version. */
    private static boolean isNumber(String text, int start, int end) {
        if (end - start < 1 || end - start > 10) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The path and query of a target in origin form, or of an absolute-form target sent as to a proxy. */
    private String originForm(String target) throws HttpError {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw badSyntax();
            }
        }
        if (target.startsWith("/")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int pathStart = target.indexOf('/', target.indexOf("//") + 2);
            return pathStart < 0 ? "/" : target.substring(pathStart);
        }
        throw badSyntax();
    }

    private HttpError badSyntax() {
        return new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax (" + PythonRepr.repr(requestLine) + ")");
    }

    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }
}
