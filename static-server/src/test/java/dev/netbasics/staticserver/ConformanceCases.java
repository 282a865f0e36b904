package dev.netbasics.staticserver;

import static dev.netbasics.staticserver.ConformanceCase.of;
import static dev.netbasics.staticserver.Requirement.ABSOLUTE_FORM;
import static dev.netbasics.staticserver.Requirement.ASTERISK_FORM;
import static dev.netbasics.staticserver.Requirement.AUTHORITY_FORM;
import static dev.netbasics.staticserver.Requirement.BARE_CR;
import static dev.netbasics.staticserver.Requirement.BARE_LF;
import static dev.netbasics.staticserver.Requirement.BODY_OF_REFUSED_METHOD;
import static dev.netbasics.staticserver.Requirement.CHUNKED;
import static dev.netbasics.staticserver.Requirement.CHUNKED_NOT_FINAL;
import static dev.netbasics.staticserver.Requirement.CHUNKED_ONCE;
import static dev.netbasics.staticserver.Requirement.CHUNKED_PARAMETERS;
import static dev.netbasics.staticserver.Requirement.CHUNK_EXTENSIONS;
import static dev.netbasics.staticserver.Requirement.CHUNK_GRAMMAR;
import static dev.netbasics.staticserver.Requirement.CLOSE;
import static dev.netbasics.staticserver.Requirement.CODING_NAMES;
import static dev.netbasics.staticserver.Requirement.CONNECT;
import static dev.netbasics.staticserver.Requirement.CONNECTION_OPTIONS;
import static dev.netbasics.staticserver.Requirement.CONTENT_LENGTH;
import static dev.netbasics.staticserver.Requirement.CR_LF_NUL;
import static dev.netbasics.staticserver.Requirement.EMPTY_HOST;
import static dev.netbasics.staticserver.Requirement.EMPTY_HOST_URI;
import static dev.netbasics.staticserver.Requirement.EMPTY_LIST_ELEMENTS;
import static dev.netbasics.staticserver.Requirement.EXPECT_CONTINUE;
import static dev.netbasics.staticserver.Requirement.EXPECT_HTTP10;
import static dev.netbasics.staticserver.Requirement.EXPECT_NO_BODY;
import static dev.netbasics.staticserver.Requirement.EXPECT_OTHER;
import static dev.netbasics.staticserver.Requirement.FIELD_GRAMMAR;
import static dev.netbasics.staticserver.Requirement.FIELD_LIMITS;
import static dev.netbasics.staticserver.Requirement.FIELD_LISTS;
import static dev.netbasics.staticserver.Requirement.FIELD_WHITESPACE;
import static dev.netbasics.staticserver.Requirement.GET_CONTENT;
import static dev.netbasics.staticserver.Requirement.HEAD;
import static dev.netbasics.staticserver.Requirement.HOST;
import static dev.netbasics.staticserver.Requirement.HOST_HTTP10;
import static dev.netbasics.staticserver.Requirement.HTTP10_PERSISTENCE;
import static dev.netbasics.staticserver.Requirement.HTTPS_TARGET;
import static dev.netbasics.staticserver.Requirement.IF_MATCH;
import static dev.netbasics.staticserver.Requirement.IF_MODIFIED_SINCE;
import static dev.netbasics.staticserver.Requirement.IF_MODIFIED_SINCE_IGNORED;
import static dev.netbasics.staticserver.Requirement.IF_NONE_MATCH;
import static dev.netbasics.staticserver.Requirement.IF_RANGE;
import static dev.netbasics.staticserver.Requirement.IF_RANGE_DATE;
import static dev.netbasics.staticserver.Requirement.IF_UNMODIFIED_SINCE;
import static dev.netbasics.staticserver.Requirement.INVALID_CONTENT_LENGTH;
import static dev.netbasics.staticserver.Requirement.INVALID_MESSAGE;
import static dev.netbasics.staticserver.Requirement.LARGE_DECIMAL;
import static dev.netbasics.staticserver.Requirement.LARGE_HEX;
import static dev.netbasics.staticserver.Requirement.LEADING_CRLF;
import static dev.netbasics.staticserver.Requirement.LINE_LENGTH;
import static dev.netbasics.staticserver.Requirement.LONG_METHOD;
import static dev.netbasics.staticserver.Requirement.MAJOR_VERSION;
import static dev.netbasics.staticserver.Requirement.METHOD_NOT_SUPPORTED;
import static dev.netbasics.staticserver.Requirement.MINOR_VERSION;
import static dev.netbasics.staticserver.Requirement.OBS_FOLD;
import static dev.netbasics.staticserver.Requirement.OBS_TEXT;
import static dev.netbasics.staticserver.Requirement.ORIGIN_FORM;
import static dev.netbasics.staticserver.Requirement.OTHER_CTL;
import static dev.netbasics.staticserver.Requirement.PERSISTENCE;
import static dev.netbasics.staticserver.Requirement.PIPELINING;
import static dev.netbasics.staticserver.Requirement.PRECEDENCE;
import static dev.netbasics.staticserver.Requirement.PRECONDITIONS_ON_ERRORS;
import static dev.netbasics.staticserver.Requirement.RANGE;
import static dev.netbasics.staticserver.Requirement.RANGE_GET_ONLY;
import static dev.netbasics.staticserver.Requirement.RANGE_INVALID;
import static dev.netbasics.staticserver.Requirement.RANGE_UNIT;
import static dev.netbasics.staticserver.Requirement.RANGE_UNSATISFIABLE;
import static dev.netbasics.staticserver.Requirement.REQUEST_LINE;
import static dev.netbasics.staticserver.Requirement.TE_AND_CL;
import static dev.netbasics.staticserver.Requirement.TE_HTTP10;
import static dev.netbasics.staticserver.Requirement.UNKNOWN_CODING;
import static dev.netbasics.staticserver.Requirement.UNKNOWN_METHOD;
import static dev.netbasics.staticserver.Requirement.URI_TOO_LONG;
import static dev.netbasics.staticserver.Requirement.USERINFO;
import static dev.netbasics.staticserver.Requirement.VERSION_GRAMMAR;
import static dev.netbasics.staticserver.Requirement.WHITESPACE_AFTER_START_LINE;
import static dev.netbasics.staticserver.Requirement.WHITESPACE_BEFORE_COLON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * The conformance table: raw requests written from the text of RFC 9110 and RFC 9112, each with the
 * requirement that decides it and the answers it allows. The server under test serves a directory holding
 * {@code hello.txt} ({@value #HELLO}, modified {@value #MODIFIED}) and {@code follow.txt}; {@code {etag}} in a
 * request stands for the entity tag the server gives hello.txt.
 */
final class ConformanceCases {

    static final String HELLO = "Hello, world!\n";
    static final String MODIFIED = "Tue, 02 Jan 2024 03:04:05 GMT";
    static final String ETAG = "{etag}";

    private static final String H = "Host: example.com\r\n";
    private static final String GET = "GET /hello.txt HTTP/1.1\r\n";
    private static final String END = "\r\n";
    private static final String SMUGGLED = "GET /smuggled HTTP/1.1\r\nHost: example.com\r\n\r\n";

    private ConformanceCases() {
    }

    /** The files every server under test serves. */
    static void writeSite(Path root) throws IOException {
        Files.writeString(root.resolve("hello.txt"), HELLO);
        Files.setLastModifiedTime(root.resolve("hello.txt"), FileTime.from(Instant.parse("2024-01-02T03:04:05Z")));
        Files.writeString(root.resolve("follow.txt"), ConformanceCase.FOLLOW_UP_BODY);
    }

    /** A GET of /hello.txt with these field lines (each ending in CRLF). */
    private static String get(String fields) {
        return GET + H + fields + END;
    }

    private static boolean hello(StrictResponse answer) {
        return answer.text().equals(HELLO);
    }

    static final List<ConformanceCase> ALL = List.of(
            // RFC 9112, 2 and 3: the request line.
            of("plain-get", PERSISTENCE, get(""), 200).keeps().check("the file", ConformanceCases::hello),
            of("bare-lf-line-ends", BARE_LF, "GET /hello.txt HTTP/1.1\nHost: example.com\n\n", 200, 400),
            of("bare-lf-request-line", BARE_LF, "GET /hello.txt HTTP/1.1\n" + H + END, 200, 400),
            of("bare-cr-in-target", BARE_CR, "GET /hello.txt\r HTTP/1.1\r\n" + H + END, 400),
            of("bare-cr-line-end", BARE_CR, "GET /hello.txt HTTP/1.1\r" + H + END, 400).notFollowed(),
            of("bare-cr-in-field", BARE_CR, get("X-Note: a\rb\r\n"), 400),
            of("leading-empty-line", LEADING_CRLF, "\r\n" + get(""), 200),
            of("leading-empty-lines", LEADING_CRLF, "\r\n\r\n" + get(""), 200),
            of("double-space-after-method", REQUEST_LINE, "GET  /hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("tab-separator", REQUEST_LINE, "GET\t/hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("space-after-version", REQUEST_LINE, "GET /hello.txt HTTP/1.1 \r\n" + H + END, 400),
            of("space-before-method", REQUEST_LINE, " GET /hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("space-inside-target", REQUEST_LINE, "GET /hello .txt HTTP/1.1\r\n" + H + END, 400),
            of("no-version", REQUEST_LINE, "GET /hello.txt\r\n" + H + END, 400),
            of("version-lower-case", VERSION_GRAMMAR, "GET /hello.txt http/1.1\r\n" + H + END, 400),
            of("version-without-minor", VERSION_GRAMMAR, "GET /hello.txt HTTP/1\r\n" + H + END, 400),
            of("version-leading-zero", VERSION_GRAMMAR, "GET /hello.txt HTTP/01.1\r\n" + H + END, 400),
            of("version-two-digit-minor", VERSION_GRAMMAR, "GET /hello.txt HTTP/1.10\r\n" + H + END, 400),
            of("version-three-parts", VERSION_GRAMMAR, "GET /hello.txt HTTP/1.1.1\r\n" + H + END, 400),
            of("version-signs", VERSION_GRAMMAR, "GET /hello.txt HTTP/+1.+1\r\n" + H + END, 400),
            of("version-2.0", MAJOR_VERSION, "GET /hello.txt HTTP/2.0\r\n" + H + END, 505, 400),
            of("version-0.9", MAJOR_VERSION, "GET /hello.txt HTTP/0.9\r\n" + H + END, 505, 400),
            of("version-9.9", MAJOR_VERSION, "GET /hello.txt HTTP/9.9\r\n" + H + END, 505, 400),
            of("version-1.2", MINOR_VERSION, "GET /hello.txt HTTP/1.2\r\n" + H + END, 200)
                    .check("the file", ConformanceCases::hello),
            of("method-lower-case", UNKNOWN_METHOD, "get /hello.txt HTTP/1.1\r\n" + H + END, 501),
            of("method-unknown", UNKNOWN_METHOD, "FOO /hello.txt HTTP/1.1\r\n" + H + END, 501),
            of("method-post", METHOD_NOT_SUPPORTED, "POST /hello.txt HTTP/1.1\r\n" + H + "Content-Length: 0\r\n" + END,
                    501, 405),
            of("method-put", METHOD_NOT_SUPPORTED, "PUT /hello.txt HTTP/1.1\r\n" + H + "Content-Length: 3\r\n" + END
                    + "abc", 501, 405),
            of("method-delete", METHOD_NOT_SUPPORTED, "DELETE /hello.txt HTTP/1.1\r\n" + H + END, 501, 405),
            of("method-trace", METHOD_NOT_SUPPORTED, "TRACE /hello.txt HTTP/1.1\r\n" + H + END, 501, 405),
            of("method-connect", CONNECT, "CONNECT example.com:443 HTTP/1.1\r\n" + H + END, 501, 405, 400),
            of("method-invalid-character", REQUEST_LINE, "G(T /hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("method-long", LONG_METHOD, "A".repeat(200) + " /hello.txt HTTP/1.1\r\n" + H + END, 501),
            of("target-too-long", URI_TOO_LONG, "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\n" + H + END, 414),
            of("target-of-7900-octets", LINE_LENGTH, "GET /" + "a".repeat(7_900) + " HTTP/1.1\r\n" + H + END, 404),
            of("target-without-slash", ORIGIN_FORM, "GET hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("target-with-fragment", ORIGIN_FORM, "GET /hello.txt#part HTTP/1.1\r\n" + H + END, 400, 301),
            of("target-nul", REQUEST_LINE, "GET /hello.txt\u0000 HTTP/1.1\r\n" + H + END, 400),
            of("target-control", REQUEST_LINE, "GET /hello\u0001.txt HTTP/1.1\r\n" + H + END, 400),
            of("target-del", REQUEST_LINE, "GET /hello\u007f.txt HTTP/1.1\r\n" + H + END, 400),
            of("target-non-ascii", REQUEST_LINE, "GET /h\u00e9llo.txt HTTP/1.1\r\n" + H + END, 400),
            of("asterisk-with-get", ASTERISK_FORM, "GET * HTTP/1.1\r\n" + H + END, 400),
            of("authority-form-with-get", AUTHORITY_FORM, "GET example.com:80 HTTP/1.1\r\n" + H + END, 400),
            of("absolute-form", ABSOLUTE_FORM, "GET http://example.com/hello.txt HTTP/1.1\r\n" + H + END, 200)
                    .check("the file", ConformanceCases::hello),
            of("absolute-form-scheme-case", ABSOLUTE_FORM, "GET HTTP://EXAMPLE.COM/hello.txt HTTP/1.1\r\n" + H + END,
                    200).check("the file", ConformanceCases::hello),
            of("absolute-form-port", ABSOLUTE_FORM, "GET http://example.com:8080/hello.txt HTTP/1.1\r\n" + H + END, 200),
            of("absolute-form-query", ABSOLUTE_FORM, "GET http://example.com/hello.txt?a=b HTTP/1.1\r\n" + H + END, 200),
            of("absolute-form-other-host", ABSOLUTE_FORM, "GET http://other.example/hello.txt HTTP/1.1\r\n" + H + END,
                    200),
            of("absolute-form-http10", ABSOLUTE_FORM, "GET http://example.com/hello.txt HTTP/1.0\r\n\r\n", 200),
            of("absolute-form-https", HTTPS_TARGET, "GET https://example.com/hello.txt HTTP/1.1\r\n" + H + END, 421, 400),
            of("absolute-form-ftp", HTTPS_TARGET, "GET ftp://example.com/hello.txt HTTP/1.1\r\n" + H + END, 421, 400),
            of("absolute-form-userinfo", USERINFO, "GET http://user@example.com/hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("absolute-form-empty-host", EMPTY_HOST_URI, "GET http:///hello.txt HTTP/1.1\r\n" + H + END, 400),
            of("absolute-form-without-host", HOST, "GET http://example.com/hello.txt HTTP/1.1\r\n\r\n", 400),

            // RFC 9112, 3.2: Host.
            of("host-missing", HOST, "GET /hello.txt HTTP/1.1\r\n\r\n", 400),
            of("host-missing-http10", HOST_HTTP10, "GET /hello.txt HTTP/1.0\r\n\r\n", 200, 400),
            of("host-twice-same", HOST, GET + H + H + END, 400),
            of("host-twice-different", HOST, GET + H + "Host: other.example\r\n" + END, 400),
            of("host-twice-http10", HOST, "GET /hello.txt HTTP/1.0\r\n" + H + H + END, 400),
            of("host-space", HOST, GET + "Host: exa mple.com\r\n" + END, 400),
            of("host-path", HOST, GET + "Host: example.com/path\r\n" + END, 400),
            of("host-userinfo", HOST, GET + "Host: user@example.com\r\n" + END, 400),
            of("host-port-letters", HOST, GET + "Host: example.com:80x\r\n" + END, 400),
            of("host-two-ports", HOST, GET + "Host: example.com:80:90\r\n" + END, 400),
            of("host-ipv6-unbracketed", HOST, GET + "Host: ::1\r\n" + END, 400),
            of("host-ipv6-unclosed", HOST, GET + "Host: [::1\r\n" + END, 400),
            of("host-list", HOST, GET + "Host: example.com, other.example\r\n" + END, 400),
            of("host-nul", HOST, GET + "Host: example\u0000.com\r\n" + END, 400),
            of("host-ipv6", HOST, GET + "Host: [::1]:8000\r\n" + END, 200),
            of("host-ipv4-port", HOST, GET + "Host: 127.0.0.1:8000\r\n" + END, 200),
            of("host-empty-port", HOST, GET + "Host: example.com:\r\n" + END, 200),
            of("host-underscore", HOST, GET + "Host: my_host.example\r\n" + END, 200),
            of("host-trailing-dot", HOST, GET + "Host: example.com.\r\n" + END, 200),
            of("host-empty", EMPTY_HOST, GET + "Host:\r\n" + END, 200, 400),

            // RFC 9112, 5 and RFC 9110, 5: fields.
            of("space-before-colon", WHITESPACE_BEFORE_COLON, get("X-Note : a\r\n"), 400),
            of("tab-before-colon", WHITESPACE_BEFORE_COLON, get("X-Note\t: a\r\n"), 400),
            of("host-space-before-colon", WHITESPACE_BEFORE_COLON, GET + "Host : example.com\r\n" + END, 400),
            of("obs-fold", OBS_FOLD, get("X-Note: a\r\n b\r\n"), 400, 200),
            of("obs-fold-transfer-encoding", OBS_FOLD, GET + H + "Transfer-Encoding:\r\n chunked\r\n" + END
                    + "0\r\n\r\n", 400, 200),
            of("whitespace-before-first-field", WHITESPACE_AFTER_START_LINE, GET + " X-Note: a\r\n" + H + END, 400, 200),
            of("field-without-colon", FIELD_GRAMMAR, get("X-Note a\r\n"), 400),
            of("field-empty-name", FIELD_GRAMMAR, get(": a\r\n"), 400),
            of("field-name-bracket", FIELD_GRAMMAR, get("X[1]: a\r\n"), 400),
            of("field-name-non-ascii", FIELD_GRAMMAR, get("X-N\u00f6te: a\r\n"), 400),
            of("nul-in-range", CR_LF_NUL, get("Range: bytes=0-4\u0000\r\n"), 400, 206),
            of("cr-in-range", CR_LF_NUL, get("Range: bytes=0-4\rX: y\r\n"), 400, 206),
            of("nul-in-field", CR_LF_NUL, get("X-Note: a\u0000b\r\n"), 400, 200),
            of("control-in-field", OTHER_CTL, get("X-Note: a\u0001b\r\n"), 400, 200),
            of("del-in-field", OTHER_CTL, get("X-Note: a\u007fb\r\n"), 400, 200),
            of("vertical-tab-in-field", OTHER_CTL, get("X-Note: a\u000bb\r\n"), 400, 200),
            of("obs-text-in-field", OBS_TEXT, get("X-Note: gr\u00fc\u00dfe\r\n"), 200),
            of("tab-inside-field", OBS_TEXT, get("X-Note: a\tb\r\n"), 200),
            of("field-value-too-long", FIELD_LIMITS, get("X-Note: " + "a".repeat(70_000) + "\r\n"), 431, 400),
            of("field-name-too-long", FIELD_LIMITS, get("X" + "a".repeat(70_000) + ": b\r\n"), 431, 400),
            of("too-many-fields", FIELD_LIMITS, get("X-Note: a\r\n".repeat(1_000)), 431, 400),
            of("field-value-whitespace", FIELD_WHITESPACE, get("If-None-Match: \t " + ETAG + " \t\r\n"), 304),
            of("field-lines-combined", FIELD_LISTS, get("If-None-Match: \"other\"\r\nIf-None-Match: " + ETAG + "\r\n"),
                    304),

            // RFC 9112, 6 and 7, RFC 9110, 8.6: message framing.
            of("content-length-body", CONTENT_LENGTH, get("Content-Length: 3\r\n") + "abc", 200, 400, 413),
            of("content-length-zero", CONTENT_LENGTH, get("Content-Length: 0\r\n"), 200).keeps(),
            of("content-length-leading-zeros", CONTENT_LENGTH, get("Content-Length: 003\r\n") + "abc", 200, 400, 413),
            of("content-length-body-is-a-request", CONTENT_LENGTH, get("Content-Length: " + SMUGGLED.length() + "\r\n")
                    + SMUGGLED, 200, 400, 413),
            of("content-length-plus", INVALID_CONTENT_LENGTH, get("Content-Length: +3\r\n") + "abc", 400).closes(),
            of("content-length-minus", INVALID_CONTENT_LENGTH, get("Content-Length: -1\r\n"), 400).closes(),
            of("content-length-letters", INVALID_CONTENT_LENGTH, get("Content-Length: abc\r\n"), 400).closes(),
            of("content-length-suffix", INVALID_CONTENT_LENGTH, get("Content-Length: 3a\r\n") + "abc", 400).closes(),
            of("content-length-hex", INVALID_CONTENT_LENGTH, get("Content-Length: 0x3\r\n") + "abc", 400).closes(),
            of("content-length-inner-space", INVALID_CONTENT_LENGTH, get("Content-Length: 1 2\r\n") + "abcdefghijkl",
                    400).closes(),
            of("content-length-empty", INVALID_CONTENT_LENGTH, get("Content-Length:\r\n"), 400).closes(),
            of("content-length-two-differing", INVALID_CONTENT_LENGTH, get("Content-Length: 3\r\nContent-Length: 5\r\n")
                    + "deGET /smuggled HTTP/1.1\r\n" + H + END, 400).closes(),
            of("content-length-list-differing", INVALID_CONTENT_LENGTH, get("Content-Length: 3, 5\r\n") + "abcde",
                    400).closes(),
            of("content-length-two-equal", INVALID_CONTENT_LENGTH, get("Content-Length: 3\r\nContent-Length: 3\r\n")
                    + "abc", 200, 400),
            of("content-length-list-equal", INVALID_CONTENT_LENGTH, get("Content-Length: 3, 3\r\n") + "abc", 200, 400),
            of("content-length-huge", LARGE_DECIMAL, get("Content-Length: 99999999999999999999999\r\n"), 200, 400, 413)
                    .notFollowed(),
            of("chunked", CHUNKED, get("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n", 200, 400, 413),
            of("chunked-several", CHUNKED, get("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\nA\r\n0123456789\r\n"
                    + "0\r\n\r\n", 200, 400, 413),
            of("chunked-empty", CHUNKED, get("Transfer-Encoding: chunked\r\n") + "0\r\n\r\n", 200, 400, 413),
            of("chunked-trailer", CHUNKED, get("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\nX-Sum: 1\r\n"
                    + "\r\n", 200, 400, 413),
            of("chunked-body-is-a-request", CHUNKED, get("Transfer-Encoding: chunked\r\n")
                    + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n", 200, 400, 413),
            of("chunked-case", CODING_NAMES, get("Transfer-Encoding: ChUnKeD\r\n") + "5\r\nhello\r\n0\r\n\r\n", 200,
                    400, 413),
            of("chunked-leading-comma", EMPTY_LIST_ELEMENTS, get("Transfer-Encoding: , chunked\r\n")
                    + "5\r\nhello\r\n0\r\n\r\n", 200, 400, 413),
            of("chunk-extension", CHUNK_EXTENSIONS, get("Transfer-Encoding: chunked\r\n") + "5;name=value\r\nhello\r\n"
                    + "0;last\r\n\r\n", 200, 400, 413),
            of("chunk-extension-quoted", CHUNK_EXTENSIONS, get("Transfer-Encoding: chunked\r\n")
                    + "5;a=\"x;y\\\"z\"\r\nhello\r\n0\r\n\r\n", 200, 400, 413),
            of("chunk-size-hex-prefix", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "0x5\r\nhello\r\n"
                    + "0\r\n\r\n", 200, 400).closes(),
            of("chunk-size-plus", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "+5\r\nhello\r\n0\r\n\r\n",
                    200, 400).closes(),
            of("chunk-size-leading-space", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n")
                    + " 5\r\nhello\r\n0\r\n\r\n", 200, 400).closes(),
            of("chunk-size-trailing-space", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n")
                    + "5 \r\nhello\r\n0\r\n\r\n", 200, 400).closes(),
            of("chunk-size-underscore", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5_0\r\nhello\r\n"
                    + "0\r\n\r\n", 200, 400).closes(),
            of("chunk-data-too-long", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5\r\nhelloXX\r\n"
                    + "0\r\n\r\n", 200, 400).closes(),
            of("chunk-data-bare-lf", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5\r\nhello\n0\r\n\r\n",
                    200, 400).closes(),
            of("chunk-size-bare-lf", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5\nhello\r\n0\r\n\r\n",
                    200, 400).closes(),
            of("chunk-last-bare-lf", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\n\n",
                    200, 400).closes(),
            of("chunk-extension-bare-semicolon", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n")
                    + "5;\r\nhello\r\n0\r\n\r\n", 200, 400).closes(),
            of("chunk-extension-bad-name", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n")
                    + "5;[x]\r\nhello\r\n0\r\n\r\n", 200, 400).closes(),
            of("chunk-extension-nul", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5;a=\u0000\r\nhello\r\n"
                    + "0\r\n\r\n", 200, 400).closes(),
            of("chunk-trailer-obs-fold", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "0\r\nX: a\r\n b\r\n"
                    + "\r\n", 200, 400).closes(),
            of("chunked-missing-last-chunk", CHUNK_GRAMMAR, get("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n",
                    200, 400).notFollowed(),
            of("chunk-size-huge", LARGE_HEX, get("Transfer-Encoding: chunked\r\n") + "FFFFFFFFFFFFFFFFFFFF1\r\nhello\r\n"
                    + "0\r\n\r\n", 200, 400, 413).notFollowed(),
            of("transfer-encoding-and-content-length", TE_AND_CL, get("Content-Length: 6\r\nTransfer-Encoding: chunked"
                    + "\r\n") + "0\r\n\r\nX", 400, 200).closes(),
            of("content-length-then-chunked-smuggling", TE_AND_CL, get("Transfer-Encoding: chunked\r\nContent-Length: 4"
                    + "\r\n") + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n", 400, 200)
                    .closes(),
            of("gzip-without-chunked", CHUNKED_NOT_FINAL, get("Transfer-Encoding: gzip\r\n"), 400).closes(),
            of("chunked-not-last", CHUNKED_NOT_FINAL, get("Transfer-Encoding: chunked, gzip\r\n") + "0\r\n\r\n", 400)
                    .closes(),
            of("identity", CHUNKED_NOT_FINAL, get("Transfer-Encoding: identity\r\n"), 400).closes(),
            of("transfer-encoding-empty", CHUNKED_NOT_FINAL, get("Transfer-Encoding:\r\n"), 400).closes(),
            of("x-chunked", CHUNKED_NOT_FINAL, get("Transfer-Encoding: x-chunked\r\n") + "0\r\n\r\n", 400).closes(),
            of("chunked-twice", CHUNKED_ONCE, get("Transfer-Encoding: chunked, chunked\r\n") + "0\r\n\r\n", 400)
                    .closes(),
            of("chunked-with-parameter", CHUNKED_PARAMETERS, get("Transfer-Encoding: chunked;a=b\r\n") + "0\r\n\r\n",
                    400).closes(),
            of("unknown-coding-then-chunked", UNKNOWN_CODING, get("Transfer-Encoding: foo, chunked\r\n")
                    + "0\r\n\r\n", 501),
            of("transfer-encoding-http10", TE_HTTP10, "GET /hello.txt HTTP/1.0\r\n" + H + "Transfer-Encoding: chunked"
                    + "\r\n\r\n0\r\n\r\n", 400, 200).closes(),
            of("get-body-content-length", GET_CONTENT, get("Content-Length: 5\r\n") + "hello", 200, 400, 413),
            of("post-body-is-no-request", BODY_OF_REFUSED_METHOD, "POST /hello.txt HTTP/1.1\r\n" + H
                    + "Content-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED, 501, 405),
            of("head-with-body", HEAD, "HEAD /hello.txt HTTP/1.1\r\n" + H + "Content-Length: 5\r\n\r\nhello", 200),

            // RFC 9110, 10.1.1: Expect.
            of("expect-continue", EXPECT_CONTINUE, get("Expect: 100-continue\r\nContent-Length: 5\r\n") + "hello",
                    200, 400, 413),
            of("expect-continue-no-body", EXPECT_NO_BODY, get("Expect: 100-continue\r\n"), 200),
            of("expect-continue-http10", EXPECT_HTTP10, "GET /hello.txt HTTP/1.0\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 5\r\n\r\nhello", 200).check("no 1xx", answer -> answer.interim.isEmpty()),
            of("expect-other", EXPECT_OTHER, get("Expect: something-else\r\n"), 417, 200),

            // RFC 9112, 9: connections.
            of("connection-close", CLOSE, get("Connection: close\r\n"), 200).closes(),
            of("connection-close-case", CONNECTION_OPTIONS, get("Connection: CLOSE\r\n"), 200).closes(),
            of("connection-close-in-list", CONNECTION_OPTIONS, get("Connection: keep-alive, close\r\n"), 200).closes(),
            of("connection-close-second-line", CONNECTION_OPTIONS, get("Connection: keep-alive\r\nConnection: close\r\n"),
                    200).closes(),
            of("http10-closes", HTTP10_PERSISTENCE, "GET /hello.txt HTTP/1.0\r\n\r\n", 200).closes(),
            of("http10-keep-alive", HTTP10_PERSISTENCE, "GET /hello.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
                    200),
            of("http11-persists", PERSISTENCE, get(""), 200).keeps(),
            of("pipeline-in-order", PIPELINING, get("") + "HEAD /hello.txt HTTP/1.1\r\n" + H + END + get(""), 200)
                    .pipeline("GET", "HEAD", "GET").keeps(),
            of("close-then-pipelined-request", CLOSE, get("Connection: close\r\n") + get(""), 200).closes(),

            // RFC 9110, 9.3.2 and 14: HEAD and ranges.
            of("head", HEAD, "HEAD /hello.txt HTTP/1.1\r\n" + H + END, 200)
                    .check("Content-Length 14", answer -> "14".equals(answer.field("content-length"))),
            of("head-missing", HEAD, "HEAD /missing.txt HTTP/1.1\r\n" + H + END, 404),
            of("range", RANGE, get("Range: bytes=0-4\r\n"), 206, 200)
                    .check("206 is bytes 0-4", answer -> answer.status != 206 || answer.text().equals("Hello")),
            of("range-suffix", RANGE, get("Range: bytes=-6\r\n"), 206, 200)
                    .check("206 is the last 6 bytes", answer -> answer.status != 206 || answer.text().equals("orld!\n")),
            of("range-multiple", RANGE, get("Range: bytes=0-1,5-6\r\n"), 206, 200),
            of("range-on-head", RANGE_GET_ONLY, "HEAD /hello.txt HTTP/1.1\r\n" + H + "Range: bytes=0-4\r\n" + END, 200),
            of("range-unknown-unit", RANGE_UNIT, get("Range: lines=0-4\r\n"), 200)
                    .check("the whole file", ConformanceCases::hello),
            of("range-reversed", RANGE_INVALID, get("Range: bytes=5-1\r\n"), 200, 416),
            of("range-unsatisfiable", RANGE_UNSATISFIABLE, get("Range: bytes=100-\r\n"), 416, 200),

            // RFC 9110, 13: conditional requests.
            of("if-match", IF_MATCH, get("If-Match: " + ETAG + "\r\n"), 200),
            of("if-match-list", IF_MATCH, get("If-Match: \"other\", " + ETAG + "\r\n"), 200),
            of("if-match-star", IF_MATCH, get("If-Match: *\r\n"), 200),
            of("if-match-other", IF_MATCH, get("If-Match: \"other\"\r\n"), 412),
            of("if-match-weak", IF_MATCH, get("If-Match: W/" + ETAG + "\r\n"), 412),
            of("if-match-missing-file", PRECONDITIONS_ON_ERRORS, "GET /missing.txt HTTP/1.1\r\n" + H
                    + "If-Match: \"other\"\r\n" + END, 404),
            of("if-unmodified-since-earlier", IF_UNMODIFIED_SINCE, get("If-Unmodified-Since: Tue, 02 Jan 2024 03:04:04 "
                    + "GMT\r\n"), 412),
            of("if-unmodified-since-same", IF_UNMODIFIED_SINCE, get("If-Unmodified-Since: " + MODIFIED + "\r\n"), 200),
            of("if-unmodified-since-invalid", IF_UNMODIFIED_SINCE, get("If-Unmodified-Since: yesterday\r\n"), 200),
            of("if-unmodified-since-list", IF_UNMODIFIED_SINCE, get("If-Unmodified-Since: Tue, 02 Jan 2024 03:04:04 GMT, "
                    + MODIFIED + "\r\n"), 200),
            of("if-unmodified-since-under-if-match", IF_UNMODIFIED_SINCE, get("If-Match: " + ETAG + "\r\n"
                    + "If-Unmodified-Since: Tue, 02 Jan 2024 03:04:04 GMT\r\n"), 200),
            of("if-none-match", IF_NONE_MATCH, get("If-None-Match: " + ETAG + "\r\n"), 304),
            of("if-none-match-weak", IF_NONE_MATCH, get("If-None-Match: W/" + ETAG + "\r\n"), 304),
            of("if-none-match-star", IF_NONE_MATCH, get("If-None-Match: *\r\n"), 304),
            of("if-none-match-other", IF_NONE_MATCH, get("If-None-Match: \"other\"\r\n"), 200),
            of("if-none-match-head", IF_NONE_MATCH, "HEAD /hello.txt HTTP/1.1\r\n" + H + "If-None-Match: " + ETAG
                    + "\r\n" + END, 304),
            of("if-modified-since-same", IF_MODIFIED_SINCE, get("If-Modified-Since: " + MODIFIED + "\r\n"), 304),
            of("if-modified-since-earlier", IF_MODIFIED_SINCE, get("If-Modified-Since: Tue, 02 Jan 2024 03:04:04 GMT"
                    + "\r\n"), 200),
            of("if-modified-since-invalid", IF_MODIFIED_SINCE_IGNORED, get("If-Modified-Since: yesterday\r\n"), 200),
            of("if-modified-since-under-if-none-match", IF_MODIFIED_SINCE_IGNORED, get("If-None-Match: \"other\"\r\n"
                    + "If-Modified-Since: " + MODIFIED + "\r\n"), 200),
            of("if-match-fails-before-if-none-match", PRECEDENCE, get("If-Match: \"other\"\r\nIf-None-Match: " + ETAG
                    + "\r\n"), 412),
            of("if-unmodified-since-fails-before-if-none-match", PRECEDENCE, get("If-Unmodified-Since: Tue, 02 Jan 2024 "
                    + "03:04:04 GMT\r\nIf-None-Match: " + ETAG + "\r\n"), 412),
            of("if-none-match-before-if-modified-since", PRECEDENCE, get("If-None-Match: " + ETAG + "\r\n"
                    + "If-Modified-Since: Tue, 02 Jan 2024 03:04:04 GMT\r\n"), 304),
            of("if-range-current", IF_RANGE, get("Range: bytes=0-4\r\nIf-Range: " + ETAG + "\r\n"), 206, 200)
                    .check("a 200 only from a server without ranges (no Accept-Ranges: bytes)",
                            answer -> answer.status == 206 || !"bytes".equals(answer.field("accept-ranges"))),
            of("if-range-other", IF_RANGE, get("Range: bytes=0-4\r\nIf-Range: \"other\"\r\n"), 200)
                    .check("the whole file", ConformanceCases::hello),
            of("if-range-weak", IF_RANGE, get("Range: bytes=0-4\r\nIf-Range: W/" + ETAG + "\r\n"), 200),
            of("if-range-without-range", IF_RANGE, get("If-Range: \"other\"\r\n"), 200),
            of("if-range-date", IF_RANGE_DATE, get("Range: bytes=0-4\r\nIf-Range: " + MODIFIED + "\r\n"), 206, 200),
            of("if-range-earlier-date", IF_RANGE, get("Range: bytes=0-4\r\nIf-Range: Tue, 02 Jan 2024 03:04:04 GMT"
                    + "\r\n"), 200));
}
