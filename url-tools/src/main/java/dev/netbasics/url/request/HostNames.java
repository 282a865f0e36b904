package dev.netbasics.url.request;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.PythonStrings;
import java.net.IDN;

/**
 * Host names as Python's socket module hands them to DNS: beyond ASCII, in the ASCII form of IDNA 2003 (RFC 3490,
 * Python's {@code idna} codec), {@code bücher.example} as {@code xn--bcher-kva.example}.
 */
final class HostNames {

    private HostNames() {
    }

    static String toAscii(String host) {
        if (PythonStrings.isAscii(host)) {
            return host;
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw UrlToolsException.usage("invalid host name " + PythonRepr.repr(host) + ": " + e.getMessage());
        }
    }

    /** The URL with the host name of its authority in ASCII; a bracketed IP literal is left as it is. */
    static String inUrl(String url) {
        int colon = url.indexOf(':');
        if (colon < 0 || !url.startsWith("//", colon + 1)) {
            return url;
        }
        int authority = colon + 3;
        int end = authority;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int start = url.lastIndexOf('@', end - 1) + 1;
        start = Math.max(start, authority);
        if (start < url.length() && url.charAt(start) == '[') {
            return url;
        }
        int portColon = url.indexOf(':', start);
        int hostEnd = portColon < 0 || portColon > end ? end : portColon;
        String host = url.substring(start, hostEnd);
        return PythonStrings.isAscii(host) ? url : url.substring(0, start) + toAscii(host) + url.substring(hostEnd);
    }
}
