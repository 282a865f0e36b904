package dev.netbasics.cli.net;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An IP address in the text Python gives it: IPv4 as Java writes it, IPv6 in RFC 5952's canonical form (the
 * longest run of two or more zero groups, the first of equals, written {@code ::}), as {@code inet_ntop} does.
 */
public final class AddressText {

    private AddressText() {
    }

    /** {@code 127.0.0.1}, {@code ::1}, {@code fe80::1%eth0}. */
    public static String of(InetAddress address) {
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? compressIpv6(text) : text;
    }

    /** {@link #of} without the zone ({@code %eth0}), which Python's address tuples carry apart, as a scope id. */
    public static String withoutZone(InetAddress address) {
        String text = of(address);
        int zone = text.indexOf('%');
        return zone < 0 ? text : text.substring(0, zone);
    }

    /** RFC 5952 text for Java's full IPv6 form ({@code 0:0:0:0:0:0:0:1} becomes {@code ::1}); a zone is kept. */
    public static String compressIpv6(String full) {
        int percent = full.indexOf('%');
        String zone = percent < 0 ? "" : full.substring(percent);
        String[] groups = (percent < 0 ? full : full.substring(0, percent)).split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        StringBuilder out = new StringBuilder(full.length());
        for (int i = 0; i < groups.length; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(groups[i]);
            if (i < groups.length - 1) {
                out.append(':');
            }
        }
        return out.append(zone).toString();
    }
}
