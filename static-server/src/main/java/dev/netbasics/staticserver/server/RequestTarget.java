package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;
import java.util.Locale;

/**
 * The request-target of RFC 9112, 3.2 in the form its method allows: origin-form ({@code /path?query}),
 * absolute-form ({@code http://host/path?query}, which a server must accept), asterisk-form ({@code *}, for
 * OPTIONS only) and authority-form ({@code host:port}, for CONNECT only).
 *
 * @param path the raw (still percent-encoded) path; {@code *} for the asterisk-form; empty for CONNECT
 * @param query the raw query with its leading {@code ?}, or empty
 */
record RequestTarget(String path, String query) {

    static final String ASTERISK = "*";

    /**
     * The target of a request line with this method. A target with a character outside VCHAR (controls,
     * spaces, bytes over 0x7e) or a fragment ('#', which never belongs in a request) is invalid, as is a form
     * the method does not take: 400. An absolute-form target for another scheme than http asks for what this
     * server cannot answer for: 421, and RFC 9110, 7.4 requires refusing an https target on a connection that
     * is not secured.
     */
    static RequestTarget parse(String method, String raw, String requestLine) throws HttpError {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '#') {
                throw syntax(requestLine);
            }
        }
        if (method.equals("CONNECT")) {
            return authorityForm(raw, requestLine);
        }
        if (raw.startsWith("/")) {
            return originForm(raw, 0);
        }
        if (raw.equals(ASTERISK)) {
            if (!method.equals("OPTIONS")) {
                throw syntax(requestLine);
            }
            return new RequestTarget(ASTERISK, "");
        }
        return absoluteForm(raw, requestLine);
    }

    private static RequestTarget originForm(String raw, int start) {
        int query = raw.indexOf('?', start);
        return query < 0
                ? new RequestTarget(raw.substring(start), "")
                : new RequestTarget(raw.substring(start, query), raw.substring(query));
    }

    /** {@code scheme "://" authority path-abempty [ "?" query ]}; only http is this server's (RFC 9110, 4.2.1). */
    private static RequestTarget absoluteForm(String raw, String requestLine) throws HttpError {
        int colon = raw.indexOf(':');
        if (colon <= 0 || !isScheme(raw, colon) || !raw.startsWith("//", colon + 1)) {
            throw syntax(requestLine);
        }
        String scheme = raw.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new HttpError(HttpStatus.MISDIRECTED_REQUEST,
                    "Misdirected request (" + PythonRepr.repr(scheme) + " is not served here)");
        }
        int authorityStart = colon + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < raw.length() && raw.charAt(authorityEnd) != '/' && raw.charAt(authorityEnd) != '?') {
            authorityEnd++;
        }
        // RFC 9110, 4.2.1 and 4.2.4: an http URI with an empty host is invalid, and user information refused.
        if (!HostField.isValidAuthority(raw.substring(authorityStart, authorityEnd))) {
            throw syntax(requestLine);
        }
        RequestTarget target = originForm(raw, authorityEnd);
        return target.path.isEmpty() ? new RequestTarget("/", target.query) : target;
    }

    /** {@code uri-host ":" port}, the port given (RFC 9110, 9.3.6). */
    private static RequestTarget authorityForm(String raw, String requestLine) throws HttpError {
        int colon = raw.lastIndexOf(':');
        if (colon <= raw.lastIndexOf(']') || colon == raw.length() - 1 || !HostField.isValidAuthority(raw)) {
            throw syntax(requestLine);
        }
        return new RequestTarget("", "");
    }

    /** {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )} (RFC 3986, 3.1). */
    private static boolean isScheme(String raw, int end) {
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    /** Python's message for a request line it cannot take. */
    static HttpError syntax(String requestLine) {
        return new HttpError(HttpStatus.BAD_REQUEST, "Bad request syntax (" + PythonRepr.repr(requestLine) + ")");
    }
}
