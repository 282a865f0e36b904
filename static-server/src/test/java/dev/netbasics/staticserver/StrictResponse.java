package dev.netbasics.staticserver;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One final response read strictly as RFC 9112 frames it, with each rule of RFC 9110 and 9112 on responses
 * that it breaks: the status line and field syntax (CRLF line ends, no obs-fold), Date on 2xx to 4xx, no
 * Content-Length on 1xx or 204, one valid Content-Length and the body exactly that long, no body on HEAD,
 * 204 and 304, no Transfer-Encoding with Content-Length or towards HTTP/1.0, Allow on 405 and 501,
 * Content-Range on 206 and 416, no 1xx towards HTTP/1.0. Interim 1xx answers before it are kept.
 */
final class StrictResponse {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/(\\d)\\.(\\d) (\\d{3}) ([\\t \\x21-\\x7e\\x80-\\xff]*)");
    private static final Pattern FIELD = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*(.*?)[ \\t]*");
    private static final int MAX_LINE = 64 * 1024;
    /** Marks what this project asks of its server beyond the RFCs (an Allow on 501, as on 405). */
    static final String PROJECT_RULE = "[beyond the RFCs] ";

    final String statusLine;
    final int status;
    final Map<String, List<String>> fields;
    final byte[] body;
    final List<Integer> interim;
    final List<String> violations;

    private StrictResponse(String statusLine, int status, Map<String, List<String>> fields, byte[] body,
            List<Integer> interim, List<String> violations) {
        this.statusLine = statusLine;
        this.status = status;
        this.fields = fields;
        this.body = body;
        this.interim = interim;
        this.violations = violations;
    }

    /** Thrown when what arrives is not an HTTP/1.x response at all. */
    static final class NotHttp extends IOException {
        NotHttp(String what) {
            super(what);
        }
    }

    /**
     * The next final response on the stream, or null at its end before any byte; interim 1xx answers before it
     * are read too. {@code method} and {@code requestVersion} are the request's (a HEAD answer has no body, an
     * HTTP/1.0 request gets no 1xx and no Transfer-Encoding).
     */
    static StrictResponse read(InputStream in, String method, String requestVersion) throws IOException {
        List<Integer> interim = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        while (true) {
            String statusLine = line(in, violations, true);
            if (statusLine == null) {
                if (!interim.isEmpty()) {
                    throw new EOFException("the connection ended after a 1xx answer");
                }
                return null;
            }
            Matcher matcher = STATUS_LINE.matcher(statusLine);
            if (!matcher.matches()) {
                throw new NotHttp("not a status line: " + printable(statusLine));
            }
            if (!matcher.group(1).equals("1")) {
                violations.add("answered in HTTP/" + matcher.group(1) + "." + matcher.group(2));
            }
            int status = Integer.parseInt(matcher.group(3));
            Map<String, List<String>> fields = fields(in, violations);
            if (status >= 100 && status < 200) {
                if (requestVersion.equals("HTTP/1.0")) {
                    violations.add("a " + status + " to an HTTP/1.0 request (RFC 9110 §15.2: MUST NOT)");
                }
                if (status != 100) {
                    violations.add("an interim " + status + " nobody asked for");
                }
                if (fields.containsKey("content-length") || fields.containsKey("transfer-encoding")) {
                    violations.add("framing fields on a 1xx (RFC 9110 §8.6, RFC 9112 §6.1: MUST NOT)");
                }
                interim.add(status);
                continue;
            }
            byte[] body = body(in, method, status, requestVersion, fields, violations);
            checkSemantics(status, fields, violations);
            return new StrictResponse(statusLine, status, fields, body, interim, violations);
        }
    }

    String field(String name) {
        List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : String.join(", ", values);
    }

    String text() {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    /** Whether the answer ends the connection: a "close" option, or HTTP/1.0 without "keep-alive". */
    boolean closes() {
        String connection = field("connection");
        String options = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
        return options.contains("close") || (statusLine.startsWith("HTTP/1.0") && !options.contains("keep-alive"));
    }

    private static Map<String, List<String>> fields(InputStream in, List<String> violations) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line = line(in, violations, false); !line.isEmpty(); line = line(in, violations, false)) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                violations.add("obs-fold in a response field (RFC 9112 §5.2: MUST NOT)");
                continue;
            }
            Matcher matcher = FIELD.matcher(line);
            if (!matcher.matches()) {
                violations.add("malformed field line: " + printable(line));
                continue;
            }
            String value = matcher.group(2);
            if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                violations.add("a control character in field " + matcher.group(1));
            }
            fields.computeIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    /** RFC 9112, 6.3: the body's length, in its order of precedence. */
    private static byte[] body(InputStream in, String method, int status, String requestVersion,
            Map<String, List<String>> fields, List<String> violations) throws IOException {
        List<String> lengths = fields.get("content-length");
        List<String> codings = fields.get("transfer-encoding");
        if (status == 204 && lengths != null) {
            violations.add("Content-Length on a 204 (RFC 9110 §8.6: MUST NOT)");
        }
        if (codings != null && lengths != null) {
            violations.add("both Transfer-Encoding and Content-Length (RFC 9112 §6.2: MUST NOT)");
        }
        if (codings != null && requestVersion.equals("HTTP/1.0")) {
            violations.add("Transfer-Encoding towards HTTP/1.0 (RFC 9112 §6.1: MUST NOT)");
        }
        if (method.equals("HEAD") || status == 204 || status == 304) {
            return new byte[0];
        }
        if (codings != null) {
            if (String.join(",", codings).toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
                return chunked(in, violations);
            }
            return in.readAllBytes();
        }
        if (lengths != null) {
            long length = contentLength(lengths, violations);
            if (length < 0) {
                return in.readAllBytes();
            }
            byte[] body = in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
            if (body.length < length) {
                violations.add("a body of " + body.length + " bytes, not the " + length + " of Content-Length");
            }
            return body;
        }
        return in.readAllBytes();
    }

    private static long contentLength(List<String> lengths, List<String> violations) {
        long length = -1;
        for (String value : lengths) {
            if (!value.matches("\\d{1,18}")) {
                violations.add("an invalid Content-Length: " + printable(value));
                return -1;
            }
            long parsed = Long.parseLong(value);
            if (length >= 0 && parsed != length) {
                violations.add("two different Content-Length values");
                return -1;
            }
            length = parsed;
        }
        return length;
    }

    private static byte[] chunked(InputStream in, List<String> violations) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in, violations, false);
            String size = sizeLine.contains(";") ? sizeLine.substring(0, sizeLine.indexOf(';')) : sizeLine;
            if (!size.strip().matches("[0-9A-Fa-f]{1,15}")) {
                throw new NotHttp("a bad chunk size line: " + printable(sizeLine));
            }
            int length = Integer.parseInt(size.strip(), 16);
            if (length == 0) {
                fields(in, violations);
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            if (!line(in, violations, false).isEmpty()) {
                violations.add("chunk data longer than its size");
            }
        }
    }

    private static void checkSemantics(int status, Map<String, List<String>> fields, List<String> violations) {
        if (status >= 200 && status < 500 && !fields.containsKey("date")) {
            violations.add("no Date on a " + status + " (RFC 9110 §6.6.1: MUST)");
        }
        if (status == 405 && !fields.containsKey("allow")) {
            violations.add("no Allow on a 405 (RFC 9110 §15.5.6: MUST)");
        }
        if (status == 501 && !fields.containsKey("allow")) {
            violations.add(PROJECT_RULE + "no Allow on a 501");
        }
        if (status == 206 && !fields.containsKey("content-range")
                && !String.valueOf(fields.get("content-type")).contains("multipart/byteranges")) {
            violations.add("a 206 without Content-Range or multipart/byteranges (RFC 9110 §15.3.7: MUST)");
        }
        if (status == 416 && !String.valueOf(fields.get("content-range")).matches("\\[bytes \\*/\\d+]")) {
            violations.add("a 416 without Content-Range: bytes */length (RFC 9110 §15.5.17: SHOULD)");
        }
    }

    /**
     * One line without its CR LF; a bare LF ending it is a violation. Null at the end of the stream before
     * its first byte when {@code endAllowed}.
     */
    private static String line(InputStream in, List<String> violations, boolean endAllowed) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
            if (line.size() > MAX_LINE) {
                throw new NotHttp("a line over " + MAX_LINE + " bytes");
            }
        }
        if (b == -1) {
            if (line.size() == 0 && endAllowed) {
                return null;
            }
            throw new EOFException("the connection ended inside a response: " + printable(line.toString(
                    StandardCharsets.ISO_8859_1)));
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        if (!text.endsWith("\r")) {
            violations.add("a line ended by a bare LF (RFC 9112 §2.2)");
            return text;
        }
        return text.substring(0, text.length() - 1);
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c >= 0x7f) {
                out.append(c == '\r' ? "\\r" : c == '\n' ? "\\n" : String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() > 120 ? out.substring(0, 120) + "..." : out.toString();
    }
}
