package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;

/**
 * The Host field (RFC 9110, 7.2; RFC 9112, 3.2): {@code uri-host [ ":" port ]} of RFC 3986, checked whole,
 * since a server must answer 400 to an invalid one, to two of them, and to an HTTP/1.1 request without one.
 */
final class HostField {

    private static final String SUB_DELIMS_BUT_COMMA = "!$&'()*+;=";

    private HostField() {
    }

    /** RFC 9112, 3.2: one valid Host line; none is allowed only in HTTP/1.0. */
    static void check(Fields fields, String version) throws HttpError {
        int count = fields.count("host");
        if (count == 0) {
            if (version.equals(ServerConfig.HTTP_1_1)) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Missing Host header");
            }
            return;
        }
        if (count > 1) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "More than one Host header");
        }
        String host = fields.get("host");
        if (!isValid(host)) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Invalid Host header (" + PythonRepr.repr(host) + ")");
        }
    }

    /**
     * {@code uri-host [ ":" port ]}: an IP literal in brackets, or a registered name of unreserved characters,
     * percent-escapes and sub-delimiters, then an optional port of digits. The empty name RFC 9112, 3.3 leaves
     * to the server is served; a comma is refused although the grammar allows it in a name, since two Host
     * lines combined by an intermediary look just so.
     */
    static boolean isValid(String value) {
        int end = value.length();
        int portColon;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || !isIpLiteral(value.substring(1, close))) {
                return false;
            }
            portColon = close + 1;
            if (portColon < end && value.charAt(portColon) != ':') {
                return false;
            }
        } else {
            portColon = value.indexOf(':');
            if (portColon < 0) {
                portColon = end;
            }
            if (!isRegName(value, 0, portColon)) {
                return false;
            }
        }
        for (int i = portColon + 1; i < end; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The authority of an absolute-form target: a valid host that is not empty, and no user information. */
    static boolean isValidAuthority(String authority) {
        return !authority.isEmpty() && authority.charAt(0) != ':' && isValid(authority);
    }

    private static boolean isRegName(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= end || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isUnreserved(c) && SUB_DELIMS_BUT_COMMA.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code IPv6address / IPvFuture} (RFC 3986, 3.2.2). */
    private static boolean isIpLiteral(String text) {
        if (text.startsWith("v") || text.startsWith("V")) {
            int dot = text.indexOf('.');
            if (dot < 2 || dot == text.length() - 1) {
                return false;
            }
            for (int i = 1; i < dot; i++) {
                if (!isHex(text.charAt(i))) {
                    return false;
                }
            }
            for (int i = dot + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isUnreserved(c) && SUB_DELIMS_BUT_COMMA.indexOf(c) < 0 && c != ',' && c != ':') {
                    return false;
                }
            }
            return true;
        }
        int elided = text.indexOf("::");
        if (elided < 0) {
            return groups(text, true) == 8;
        }
        if (text.indexOf("::", elided + 1) >= 0) {
            return false;
        }
        int before = groups(text.substring(0, elided), false);
        int after = groups(text.substring(elided + 2), true);
        return before >= 0 && after >= 0 && before + after <= 7;
    }

    /** How many 16-bit groups {@code h16 *( ":" h16 )} stand for, a final IPv4 address counting two; -1 if invalid. */
    private static int groups(String text, boolean ipv4AtEnd) {
        if (text.isEmpty()) {
            return 0;
        }
        String[] parts = text.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (ipv4AtEnd && i == parts.length - 1 && part.indexOf('.') >= 0) {
                if (!isIpv4(part)) {
                    return -1;
                }
                groups += 2;
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> isHex((char) c))) {
                return -1;
            } else {
                groups++;
            }
        }
        return groups;
    }

    /** Four dec-octets: 0 to 255, without leading zeros. */
    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')
                    || !octet.chars().allMatch(c -> isDigit((char) c)) || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '.' || c == '_'
                || c == '~';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
