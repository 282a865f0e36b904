package dev.netbasics.cli.http;

/**
 * A {@code Location} value as curl and urllib follow it: the field's bytes (read as ISO-8859-1, one char per byte)
 * with every byte a URI may not hold percent-encoded, so raw UTF-8 becomes its %XX form and a space {@code %20};
 * what is already percent-encoded stays as it is.
 */
public final class RedirectLocation {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** RFC 3986's unreserved and reserved characters, and the '%' of an escape; '[' and ']' only in a host. */
    private static final String ALLOWED = "-._~:/?#@!$&'()*+,;=%";

    private RedirectLocation() {
    }

    public static String encode(String latin1) {
        String value = latin1.strip();
        int authorityEnd = authorityEnd(value);
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0)
                    || (c == '[' || c == ']') && i < authorityEnd;
            if (c == '%' && !(i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2)))) {
                allowed = false;
            }
            if (allowed) {
                out.append(c);
            } else {
                int b = c & 0xff;
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    /** Where the authority of {@code scheme://host} or {@code //host} ends; 0 when the reference has none. */
    private static int authorityEnd(String value) {
        int slashes = value.indexOf("//");
        int firstDelimiter = indexOfAny(value, "/?#", 0);
        if (slashes < 0 || slashes != firstDelimiter) {
            return 0;
        }
        int end = indexOfAny(value, "/?#", slashes + 2);
        return end < 0 ? value.length() : end;
    }

    private static int indexOfAny(String value, String characters, int from) {
        for (int i = from; i < value.length(); i++) {
            if (characters.indexOf(value.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }
}
