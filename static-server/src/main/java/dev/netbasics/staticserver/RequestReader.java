package dev.netbasics.staticserver;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads request heads from one connection, enforcing the size limits before buffering anything more. */
final class RequestReader {

    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 100;
    /** Bodies of GET and HEAD requests are skipped up to this size to keep the connection; else it closes. */
    static final long MAX_SKIPPED_BODY = 1024 * 1024;
    private static final int MAX_LEADING_EMPTY_LINES = 8;
    private static final Pattern VERSION = Pattern.compile("HTTP/([0-9]{1,10})\\.([0-9]{1,10})");

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    /** Whether any byte of the current request has been read (a timeout then deserves a 408). */
    private boolean started;
    private String requestLine = "";

    RequestReader(InputStream in) {
        this.in = in;
    }

    boolean requestStarted() {
        return started;
    }

    /** The request line last read, as received (empty when it was never read whole). */
    String requestLine() {
        return requestLine;
    }

    /** The next request head, or {@code null} when the client closed the connection between requests. */
    HttpRequest read() throws IOException, HttpError {
        started = false;
        requestLine = "";
        for (int i = 0; requestLine.isEmpty(); i++) {
            if (i > MAX_LEADING_EMPTY_LINES) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax ('')");
            }
            String line = readLine(MAX_REQUEST_LINE, HttpStatus.URI_TOO_LONG, "Request-URI Too Long");
            if (line == null) {
                return null;
            }
            requestLine = line;
        }
        String[] words = requestLine.split(" ", -1);
        if (words.length != 3 || words[0].isEmpty() || words[1].isEmpty()) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax (" + pythonRepr(requestLine) + ")");
        }
        String version = checkVersion(words[2]);
        String method = words[0];
        if (!isToken(method)) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax (" + pythonRepr(requestLine) + ")");
        }
        String target = originForm(words[1], requestLine);
        int queryStart = target.indexOf('?');
        String path = queryStart < 0 ? target : target.substring(0, queryStart);
        String query = queryStart < 0 ? "" : target.substring(queryStart);
        int fragment = query.indexOf('#');
        if (fragment >= 0) {
            query = query.substring(0, fragment);
        }
        int pathFragment = path.indexOf('#');
        if (pathFragment >= 0) {
            path = path.substring(0, pathFragment);
        }
        return new HttpRequest(requestLine, method, path, query, version, readHeaders());
    }

    /** Whether bytes past the last request are buffered here or waiting in the socket (pipelined requests). */
    boolean hasUnreadInput() throws IOException {
        return position < limit || in.available() > 0;
    }

    /** Discards a request body so the next request on the connection can be read; false if that is unsafe. */
    boolean skipBody(HttpRequest request) throws IOException {
        if (request.header("transfer-encoding") != null) {
            return false;
        }
        String contentLength = request.header("content-length");
        if (contentLength == null) {
            return true;
        }
        long remaining;
        try {
            remaining = Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (remaining < 0 || remaining > MAX_SKIPPED_BODY) {
            return false;
        }
        while (remaining > 0) {
            if (position == limit && !fill()) {
                return false;
            }
            int skipped = (int) Math.min(remaining, limit - position);
            position += skipped;
            remaining -= skipped;
        }
        return true;
    }

    /** The version the response is given in, or the error Python's http.server gives for it. */
    private static String checkVersion(String version) throws HttpError {
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request version (" + pythonRepr(version) + ")");
        }
        long major = Long.parseLong(matcher.group(1));
        long minor = Long.parseLong(matcher.group(2));
        if (major >= 2) {
            throw new HttpError(HttpStatus.VERSION_NOT_SUPPORTED,
                    "Invalid HTTP version (" + version.substring("HTTP/".length()) + ")");
        }
        return major == 1 && minor >= 1 ? ServerConfig.HTTP_1_1 : ServerConfig.HTTP_1_0;
    }

    /** The path and query of a target in origin form, or of an absolute-form target sent as to a proxy. */
    private static String originForm(String target, String requestLine) throws HttpError {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax (" + pythonRepr(requestLine) + ")");
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
        throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax (" + pythonRepr(requestLine) + ")");
    }

    private List<String[]> readHeaders() throws IOException, HttpError {
        List<String[]> headers = new ArrayList<>();
        int total = 0;
        while (true) {
            String line = readLine(MAX_HEADER_BYTES - total, HttpStatus.HEADER_FIELDS_TOO_LARGE, "Line too long");
            if (line == null) {
                throw new EOFException("connection closed inside the request head");
            }
            if (line.isEmpty()) {
                return headers;
            }
            total += line.length() + 2;
            if (headers.size() == MAX_HEADERS) {
                throw new HttpError(HttpStatus.HEADER_FIELDS_TOO_LARGE, "Too many headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t'
                    || !isToken(line.substring(0, colon))) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Bad header line (" + pythonRepr(line) + ")");
            }
            headers.add(new String[] {line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()});
        }
    }

    /**
     * One line without its CR LF (or bare LF), decoded as ISO-8859-1; {@code null} at end of stream before
     * the first byte. A line longer than {@code max} is refused with the given status before it is read whole.
     */
    private String readLine(int max, int tooLongStatus, String tooLongMessage) throws IOException, HttpError {
        StringBuilder spill = null;
        while (true) {
            if (position == limit) {
                if (!fill()) {
                    if (spill == null && !started) {
                        return null;
                    }
                    throw new EOFException("connection closed inside the request head");
                }
            }
            started = true;
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int length = end - start + (spill == null ? 0 : spill.length());
            if (length > max) {
                throw new HttpError(tooLongStatus, tooLongMessage);
            }
            String chunk = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
            if (end < limit) {
                position = end + 1;
                String line = spill == null ? chunk : spill.append(chunk).toString();
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            position = limit;
            spill = spill == null ? new StringBuilder(chunk) : spill.append(chunk);
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
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

    /** Python's repr of a str, as http.server puts it in its error messages. */
    static String pythonRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }
}
