package dev.netbasics.staticserver;

import java.util.Locale;

/** A size as curl's --max-filesize takes it: bytes, or a number with K, M, G or T (powers of 1024). */
final class ByteSize {

    private ByteSize() {
    }

    /** The number of bytes, or -1 when the text is not a size. */
    static long parse(String text) {
        String size = text.strip().toUpperCase(Locale.ROOT);
        if (size.endsWith("B") && size.length() > 1 && !Character.isDigit(size.charAt(size.length() - 2))) {
            size = size.substring(0, size.length() - 1);
        }
        int shift = 0;
        if (!size.isEmpty()) {
            int unit = "KMGT".indexOf(size.charAt(size.length() - 1));
            if (unit >= 0) {
                shift = 10 * (unit + 1);
                size = size.substring(0, size.length() - 1);
            }
        }
        if (size.isEmpty() || size.length() > 18 || !size.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long number = Long.parseLong(size);
        return number > (Long.MAX_VALUE >> shift) ? -1 : number << shift;
    }
}
