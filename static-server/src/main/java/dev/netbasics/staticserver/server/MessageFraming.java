package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request's body ends (RFC 9112, 6): the one place that reads Transfer-Encoding and Content-Length,
 * and refuses every head whose framing two parsers could read two ways, so that no byte of one request is
 * ever taken for part of another.
 */
final class MessageFraming {

    /** The body length of a request whose body is chunked: it ends where its last chunk says. */
    static final long CHUNKED = -1;
    /** Codings a request may carry before chunked (RFC 9110, 8.4.1; RFC 9112, 7): their bodies are only dropped. */
    private static final Set<String> KNOWN_CODINGS = Set.of("gzip", "x-gzip", "deflate", "compress", "x-compress");

    private MessageFraming() {
    }

    /** The body's length in bytes: 0 for none, or {@link #CHUNKED}. */
    static long bodyLength(Fields fields, String version) throws HttpError {
        String codings = fields.get("transfer-encoding");
        String length = fields.get("content-length");
        if (codings != null) {
            // RFC 9112, 6.1: framing by Transfer-Encoding in HTTP/1.0 is faulty; with a Content-Length as well
            // the request may be refused, and must not be followed by another on the connection either way.
            if (!version.equals(ServerConfig.HTTP_1_1)) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Transfer-Encoding in an HTTP/1.0 request");
            }
            if (length != null) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Both Transfer-Encoding and Content-Length");
            }
            checkCodings(codings);
            return CHUNKED;
        }
        return length == null ? 0 : contentLength(length);
    }

    /**
     * RFC 9110, 10.1.1: whether an HTTP/1.1 request waits for 100 (Continue) before its body; an HTTP/1.0 one
     * never does, and any other expectation is refused with 417.
     */
    static boolean expectsContinue(Fields fields, String version) throws HttpError {
        String expect = fields.get("expect");
        if (expect == null || !version.equals(ServerConfig.HTTP_1_1)) {
            return false;
        }
        List<String> expectations = FieldSyntax.members(expect);
        if (expectations == null) {
            throw unsupportedExpectation(expect);
        }
        for (String expectation : expectations) {
            if (!expectation.equalsIgnoreCase("100-continue")) {
                throw unsupportedExpectation(expectation);
            }
        }
        return !expectations.isEmpty();
    }

    /**
     * RFC 9112, 6.3 and 7: chunked must come last and once, without parameters (it defines none); a body whose
     * codings do not end in chunked has no length that can be known: 400. Another coding this server does not
     * know: 501 (6.1).
     */
    private static void checkCodings(String value) throws HttpError {
        List<String> codings = FieldSyntax.members(value);
        if (codings == null || codings.isEmpty()) {
            throw badCodings(value);
        }
        for (int i = 0; i < codings.size(); i++) {
            String coding = codings.get(i);
            int semicolon = coding.indexOf(';');
            String name = FieldSyntax.trimOws(coding, 0, semicolon < 0 ? coding.length() : semicolon)
                    .toLowerCase(Locale.ROOT);
            if (!FieldSyntax.isToken(name) || (semicolon >= 0 && !isParameters(coding, semicolon))) {
                throw badCodings(value);
            }
            boolean last = i == codings.size() - 1;
            if (name.equals("chunked")) {
                if (!last || semicolon >= 0) {
                    throw badCodings(value);
                }
            } else if (last) {
                throw badCodings(value);
            } else if (!KNOWN_CODINGS.contains(name)) {
                throw new HttpError(HttpStatus.NOT_IMPLEMENTED,
                        "Unsupported transfer coding (" + PythonRepr.repr(name) + ")");
            }
        }
    }

    /** {@code *( OWS ";" OWS token BWS "=" BWS ( token / quoted-string ) )} from the first semicolon. */
    private static boolean isParameters(String coding, int semicolon) {
        for (String parameter : coding.substring(semicolon + 1).split(";", -1)) {
            int equals = parameter.indexOf('=');
            if (equals < 0 || !FieldSyntax.isToken(FieldSyntax.trimOws(parameter, 0, equals))) {
                return false;
            }
            String value = FieldSyntax.trimOws(parameter, equals + 1, parameter.length());
            boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
            if (!quoted && !FieldSyntax.isToken(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 9110, 8.6: {@code 1*DIGIT}; several lines or a list of one value repeated stand for that value, as
     * an intermediary may have combined them; anything else (a sign, a space inside, two values) is invalid
     * framing: 400 (RFC 9112, 6.3). A number too large for a long is a body too large to read, not an error.
     */
    private static long contentLength(String value) throws HttpError {
        long length = -1;
        for (String member : value.split(",", -1)) {
            String digits = FieldSyntax.trimOws(member, 0, member.length());
            if (digits.isEmpty()) {
                throw badLength(value);
            }
            long parsed = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    throw badLength(value);
                }
                parsed = parsed > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : parsed * 10 + digit;
            }
            if (length >= 0 && parsed != length) {
                throw badLength(value);
            }
            length = parsed;
        }
        return length;
    }

    private static HttpError badLength(String value) {
        return new HttpError(HttpStatus.BAD_REQUEST, "Invalid Content-Length (" + PythonRepr.repr(value) + ")");
    }

    private static HttpError badCodings(String value) {
        return new HttpError(HttpStatus.BAD_REQUEST,
                "Transfer-Encoding must end in chunked, once (" + PythonRepr.repr(value) + ")");
    }

    private static HttpError unsupportedExpectation(String expectation) {
        return new HttpError(HttpStatus.EXPECTATION_FAILED,
                "Unsupported expectation (" + PythonRepr.repr(expectation) + ")");
    }
}
