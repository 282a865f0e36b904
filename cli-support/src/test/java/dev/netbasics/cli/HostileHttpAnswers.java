package dev.netbasics.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The battery of hostile and broken answers both HTTP clients (http-tools, url-tools) are tried against, each
 * from the RFC text it tests: what the client must refuse (with the project's exit code and the words that say
 * why), and what it must take, with the body it must deliver. A case whose fault shows in the head fails every
 * output mode, the headers-only ones too; a fault in the body fails the modes that read it.
 */
public final class HostileHttpAnswers {

    /** Refused: the exit code and a fragment of the one error line. */
    public record Refused(String name, String rfc, String answer, int exitCode, String error, boolean inHead) {

        public byte[] bytes() {
            return answer.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return name + " (" + rfc + ")";
        }
    }

    /** Taken: the body the client must deliver, byte for byte. */
    public record Taken(String name, String rfc, String answer, String body) {

        public byte[] bytes() {
            return answer.getBytes(StandardCharsets.ISO_8859_1);
        }

        public byte[] bodyBytes() {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return name + " (" + rfc + ")";
        }
    }

    private static final String OK = "HTTP/1.1 200 OK\r\n";

    private HostileHttpAnswers() {
    }

    public static Stream<Refused> refused() {
        List<Refused> all = new ArrayList<>(List.of(
            head("status 600", "RFC 9110 §15: 100-599", "HTTP/1.1 600 Odd\r\nContent-Length: 0\r\n\r\n",
                    ExitCode.PROTOCOL, "status 600, outside HTTP's 100-599"),
            head("status 099", "RFC 9110 §15: 100-599", "HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n",
                    ExitCode.PROTOCOL, "status 99, outside HTTP's 100-599"),
            head("Transfer-Encoding and Content-Length", "RFC 9112 §6.3 (3): ought to be handled as an error",
                    OK + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                    ExitCode.PROTOCOL, "both Transfer-Encoding and Content-Length"),
            head("differing Content-Length fields", "RFC 9112 §6.3 (5): unrecoverable error",
                    OK + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", ExitCode.PROTOCOL,
                    "differing Content-Length values (5 and 6)"),
            head("differing Content-Length list", "RFC 9110 §8.6, RFC 9112 §6.3 (5)",
                    OK + "Content-Length: 5, 6\r\n\r\nhello!", ExitCode.PROTOCOL,
                    "differing Content-Length values (5 and 6)"),
            head("negative Content-Length", "RFC 9110 §8.6: 1*DIGIT", OK + "Content-Length: -5\r\n\r\nhello",
                    ExitCode.PROTOCOL, "invalid Content-Length '-5'"),
            head("signed Content-Length", "RFC 9110 §8.6: 1*DIGIT", OK + "Content-Length: +5\r\n\r\nhello",
                    ExitCode.PROTOCOL, "invalid Content-Length '+5'"),
            head("Content-Length not a number", "RFC 9112 §6.3 (5)", OK + "Content-Length: 5x\r\n\r\nhello",
                    ExitCode.PROTOCOL, "invalid Content-Length '5x'"),
            head("Content-Length beyond any body", "RFC 9110 §8.6: overflow is an error",
                    OK + "Content-Length: 99999999999999999999\r\n\r\nhello", ExitCode.PROTOCOL,
                    "invalid Content-Length '99999999999999999999'"),
            head("Transfer-Encoding in HTTP/1.0", "RFC 9112 §6.1: treat the framing as faulty",
                    "HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                    ExitCode.PROTOCOL, "Transfer-Encoding in an HTTP/1.0 answer"),
            head("unknown transfer coding", "RFC 9112 §6.1: 501 for a server; no way to read it",
                    OK + "Transfer-Encoding: gzip\r\n\r\nhello", ExitCode.PROTOCOL,
                    "unsupported transfer coding 'gzip'"),
            head("chunked twice", "RFC 9112 §6.1: MUST NOT apply chunked more than once",
                    OK + "Transfer-Encoding: chunked, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", ExitCode.PROTOCOL,
                    "chunked transfer coding is applied more than once"),
            body("malformed chunk size", "RFC 9112 §7.1: chunk-size = 1*HEXDIG",
                    OK + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", ExitCode.PROTOCOL,
                    "malformed chunk size line 'zz'"),
            body("chunk size overflow", "RFC 9112 §7.1: anticipate overflow",
                    OK + "Transfer-Encoding: chunked\r\n\r\n10000000000000005\r\nhello\r\n0\r\n\r\n",
                    ExitCode.PROTOCOL, "chunk size 10000000000000005 is too large"),
            body("chunk longer than its size", "RFC 9112 §7.1: chunk-data CRLF",
                    OK + "Transfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n", ExitCode.PROTOCOL,
                    "a chunk is longer than its size"),
            head("not HTTP at all", "RFC 9112 §4: status-line", "hello, world\r\n\r\n", ExitCode.PROTOCOL,
                    "not HTTP/1.x: it begins 'hello, world'"),
            head("HTTP/2 status line on HTTP/1.1", "RFC 9112 §2.3: HTTP-version",
                    "HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n", ExitCode.PROTOCOL, "not HTTP/1.x"),
            head("a TLS alert on plain HTTP", "RFC 8446 §6: an alert record",
                    "\u0015\u0003\u0001\u0000\u0002\u0002\u0032", ExitCode.PROTOCOL,
                    "answered in TLS, not plain HTTP: is this an https:// URL?"),
            head("whitespace before the colon", "RFC 9112 §5.1: no whitespace between name and colon",
                    OK + "Content-Length : 5\r\n\r\nhello", ExitCode.PROTOCOL,
                    "malformed header name 'Content-Length '"),
            head("NUL in a field value", "RFC 9110 §5.5: reject or replace NUL",
                    OK + "X-A: a\u0000b\r\nContent-Length: 0\r\n\r\n", ExitCode.PROTOCOL, "NUL byte"),
            head("bare CR in the head", "RFC 9112 §2.2: a bare CR is invalid",
                    OK + "X-A: a\rb\r\nContent-Length: 0\r\n\r\n", ExitCode.PROTOCOL, "bare CR"),
            head("101 without an upgrade asked", "RFC 9110 §15.2.2: only after Upgrade",
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n", ExitCode.PROTOCOL,
                    "switched protocols (101)"),
            head("a continuation line first", "RFC 9112 §5.2: obs-fold continues a field",
                    OK + " folded\r\nContent-Length: 0\r\n\r\n", ExitCode.PROTOCOL, "continuation line"),
            head("no answer at all", "RFC 9112 §9.6: closed before a response", "", ExitCode.PROTOCOL,
                    "closed the connection without answering"),
            head("a head cut short", "RFC 9112 §8: incomplete message",
                    OK + "Content-Length: 5\r\n", ExitCode.FAILURE, "in the middle of the answer's head"),
            body("a body cut short of its length", "RFC 9112 §8: incomplete message",
                    OK + "Content-Length: 10\r\n\r\nhello", ExitCode.FAILURE, "after 5 of 10 bytes of the body"),
            body("a chunked body cut short", "RFC 9112 §8: incomplete message",
                    OK + "Transfer-Encoding: chunked\r\n\r\n5\r\nhel", ExitCode.FAILURE,
                    "in the middle of a chunked body"),
            body("a chunked body without its last chunk", "RFC 9112 §7.1: last-chunk",
                    OK + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", ExitCode.FAILURE,
                    "in the middle of a chunked body"),
            head("thousands of interim answers", "RFC 9110 §15.2: any number of 1xx; ours at most 100",
                    "HTTP/1.1 100 Continue\r\n\r\n".repeat(5000) + OK + "Content-Length: 0\r\n\r\n",
                    ExitCode.FAILURE, "more than 100 interim (1xx) answers"),
            head("a header line of 100 KiB", "RFC 9112 §2.3: a recipient may limit line length",
                    OK + "X-Long: " + "a".repeat(100 * 1024) + "\r\nContent-Length: 0\r\n\r\n", ExitCode.FAILURE,
                    "longer than 64 KiB"),
            head("a thousand header fields", "RFC 9110 §5.4: a recipient may limit field count",
                    OK + "X-Many: 1\r\n".repeat(1000) + "Content-Length: 0\r\n\r\n", ExitCode.FAILURE,
                    "more than 500 header fields")));
        return all.stream();
    }

    public static Stream<Taken> taken() {
        return Stream.of(
            new Taken("204 with a Content-Length and no body", "RFC 9112 §6.3 (1): no body after 204",
                    "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n", ""),
            new Taken("304 with a Content-Length and no body", "RFC 9112 §6.3 (1): no body after 304",
                    "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n", ""),
            new Taken("a repeated equal Content-Length", "RFC 9110 §8.6: may take one value",
                    OK + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello", "hello"),
            new Taken("a Content-Length list of equal values", "RFC 9110 §8.6: may take one value",
                    OK + "Content-Length: 5, 5\r\n\r\nhello", "hello"),
            new Taken("bytes beyond the Content-Length", "RFC 9112 §6.3 (6): the length ends the body",
                    OK + "Content-Length: 5\r\n\r\nhello, and more", "hello"),
            new Taken("chunked with extensions and trailers", "RFC 9112 §7.1.1, §7.1.2",
                    OK + "Transfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n000006 ; x=\"y\"\r\n world\r\n"
                            + "0\r\nX-Trailer: 1\r\n\r\n", "hello world"),
            new Taken("chunk sizes in upper-case hex", "RFC 9112 §7.1: HEXDIG",
                    OK + "Transfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n", "0123456789"),
            new Taken("no length: the body ends at the close", "RFC 9112 §6.3 (8)",
                    OK + "Content-Type: text/plain\r\n\r\nuntil the close", "until the close"),
            new Taken("HTTP/1.0 without a length", "RFC 9112 §6.3 (8)",
                    "HTTP/1.0 200 OK\r\n\r\nold server", "old server"),
            new Taken("LF alone ends the lines", "RFC 9112 §2.2: MAY recognize a single LF",
                    "HTTP/1.1 200 OK\nContent-Length: 2\n\nok", "ok"),
            new Taken("an obs-fold continuation", "RFC 9112 §5.2: replace obs-fold with SP",
                    OK + "X-Folded: one\r\n two\r\nContent-Length: 2\r\n\r\nok", "ok"),
            new Taken("interim answers before the final one", "RFC 9110 §15.2: 1xx, then the final answer",
                    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
                            + OK + "Content-Length: 2\r\n\r\nok", "ok"),
            new Taken("a status line without a reason", "RFC 9112 §4: reason-phrase may be empty",
                    "HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\nok", "ok"),
            new Taken("binary bytes stay bytes", "RFC 9110 §6.4: content is octets",
                    OK + "Content-Type: application/octet-stream\r\nContent-Length: 6\r\n\r\n\u0000\u00ff\u00fe\r\n\u0080",
                    "\u0000\u00ff\u00fe\r\n\u0080"));
    }

    private static Refused head(String name, String rfc, String answer, int exitCode, String error) {
        return new Refused(name, rfc, answer, exitCode, error, true);
    }

    private static Refused body(String name, String rfc, String answer, int exitCode, String error) {
        return new Refused(name, rfc, answer, exitCode, error, false);
    }
}
