package dev.netbasics.url.parse;

import dev.netbasics.cli.python.PythonRepr;
import java.util.ArrayList;
import java.util.List;

/**
 * Which strings Python 3.11's {@code ipaddress.ip_address()} accepts: strict dotted quads (no leading
 * zeros) and RFC 4291 text with an optional RFC 4007 zone. Only the verdict and the family matter to
 * urllib.parse, so no address value is built.
 */
final class PythonIpAddress {

    enum Family { IPV4, IPV6 }

    private static final int HEXTETS = 8;

    private PythonIpAddress() {
    }

    /** The family {@code ip_address(text)} returns, or its ValueError. */
    static Family family(String text) {
        if (isIpv4(text)) {
            return Family.IPV4;
        }
        if (isIpv6(text)) {
            return Family.IPV6;
        }
        throw PythonError.valueError(PythonRepr.repr(text) + " does not appear to be an IPv4 or IPv6 address");
    }

    private static boolean isIpv4(String text) {
        List<String> octets = PythonStrings.split(text, ".");
        if (octets.size() != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.length() > 3 || !NetlocAttributes.isAsciiDigits(octet)
                    || (octet.length() > 1 && octet.charAt(0) == '0') || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String text) {
        if (text.indexOf('/') >= 0) {
            return false;
        }
        int percent = text.indexOf('%');
        if (percent >= 0) {
            String zone = text.substring(percent + 1);
            if (zone.isEmpty() || zone.indexOf('%') >= 0) {
                return false;
            }
            text = text.substring(0, percent);
        }
        if (text.isEmpty()) {
            return false;
        }
        List<String> parts = new ArrayList<>(PythonStrings.split(text, ":"));
        if (parts.size() < 3) {
            return false;
        }
        if (parts.getLast().indexOf('.') >= 0) {
            // A dotted quad stands for the last two hextets; any two valid hextets do for the checks below.
            if (!isIpv4(parts.removeLast())) {
                return false;
            }
            parts.add("0");
            parts.add("0");
        }
        if (parts.size() > HEXTETS + 1) {
            return false;
        }
        return hextetsAreValid(parts);
    }

    private static boolean hextetsAreValid(List<String> parts) {
        int skipIndex = -1;
        for (int i = 1; i < parts.size() - 1; i++) {
            if (parts.get(i).isEmpty()) {
                if (skipIndex >= 0) {
                    return false;
                }
                skipIndex = i;
            }
        }
        int partsHigh;
        int partsLow;
        if (skipIndex >= 0) {
            partsHigh = skipIndex;
            partsLow = parts.size() - skipIndex - 1;
            // An empty first or last part is only allowed as the edge of the "::" itself.
            if (parts.getFirst().isEmpty()) {
                partsHigh--;
                if (partsHigh != 0) {
                    return false;
                }
            }
            if (parts.getLast().isEmpty()) {
                partsLow--;
                if (partsLow != 0) {
                    return false;
                }
            }
            if (partsHigh + partsLow >= HEXTETS) {
                return false;
            }
        } else {
            if (parts.size() != HEXTETS || parts.getFirst().isEmpty() || parts.getLast().isEmpty()) {
                return false;
            }
            partsHigh = parts.size();
            partsLow = 0;
        }
        for (int i = 0; i < partsHigh; i++) {
            if (!isHextet(parts.get(i))) {
                return false;
            }
        }
        for (int i = parts.size() - partsLow; i < parts.size(); i++) {
            if (!isHextet(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHextet(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!isHexDigit(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
