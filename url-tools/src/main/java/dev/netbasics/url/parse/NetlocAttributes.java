package dev.netbasics.url.parse;

import dev.netbasics.cli.python.PythonRepr;
import java.math.BigInteger;

/**
 * The username, password, hostname and port properties that urlsplit's and urlparse's results compute
 * from their netloc; null is Python's None.
 */
final class NetlocAttributes {

    private static final BigInteger MAX_PORT = BigInteger.valueOf(65535);

    private NetlocAttributes() {
    }

    static String username(String netloc) {
        String userinfo = userinfo(netloc);
        if (userinfo == null) {
            return null;
        }
        int colon = userinfo.indexOf(':');
        return colon < 0 ? userinfo : userinfo.substring(0, colon);
    }

    static String password(String netloc) {
        String userinfo = userinfo(netloc);
        int colon = userinfo == null ? -1 : userinfo.indexOf(':');
        return colon < 0 ? null : userinfo.substring(colon + 1);
    }

    /** Lower-cased, without brackets; an IPv6 zone id after '%' keeps its case. */
    static String hostname(String netloc) {
        String hostname = hostAndPort(netloc).host();
        if (hostname.isEmpty()) {
            return null;
        }
        int percent = hostname.indexOf('%');
        return percent < 0
                ? PythonStrings.lower(hostname)
                : PythonStrings.lower(hostname.substring(0, percent)) + hostname.substring(percent);
    }

    /** The port as a number; ASCII digits only, at most 65535, else Python's ValueError. */
    static Integer port(String netloc) {
        String port = hostAndPort(netloc).port();
        if (port.isEmpty()) {
            return null;
        }
        if (!isAsciiDigits(port)) {
            throw PythonError.valueError("Port could not be cast to integer value as " + PythonRepr.repr(port));
        }
        BigInteger value = new BigInteger(port);
        if (value.compareTo(MAX_PORT) > 0) {
            throw PythonError.valueError("Port out of range 0-65535");
        }
        return value.intValue();
    }

    /** {@code str.isdigit() and str.isascii()}. */
    static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Everything before the last '@', or null without one. */
    private static String userinfo(String netloc) {
        int at = netloc.lastIndexOf('@');
        return at < 0 ? null : netloc.substring(0, at);
    }

    /** The text of host and port; either may be empty. */
    private record HostAndPort(String host, String port) {
    }

    /**
     * Host and port text after the last '@'. With a '[' the host is what follows it up to ']', and the port
     * follows the first ':' after that; text before '[' is ignored, as by CPython.
     */
    private static HostAndPort hostAndPort(String netloc) {
        String hostinfo = netloc.substring(netloc.lastIndexOf('@') + 1);
        int open = hostinfo.indexOf('[');
        if (open >= 0) {
            String bracketed = hostinfo.substring(open + 1);
            int close = bracketed.indexOf(']');
            if (close < 0) {
                return new HostAndPort(bracketed, "");
            }
            String afterHost = bracketed.substring(close + 1);
            int colon = afterHost.indexOf(':');
            return new HostAndPort(bracketed.substring(0, close), colon < 0 ? "" : afterHost.substring(colon + 1));
        }
        int colon = hostinfo.indexOf(':');
        return colon < 0
                ? new HostAndPort(hostinfo, "")
                : new HostAndPort(hostinfo.substring(0, colon), hostinfo.substring(colon + 1));
    }
}
