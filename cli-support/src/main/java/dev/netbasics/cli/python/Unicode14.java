package dev.netbasics.cli.python;

/**
 * General categories as Python 3.11 sees them. Its {@code unicodedata} is Unicode 14.0 and the JDK's tables
 * are newer, so characters assigned since are still unassigned to Python (never printable, never
 * lower-cased) and one mark has changed category. The differences were found by comparing both for every
 * code point; url-tools' differential tests keep checking them against Python's own tables.
 */
public final class Unicode14 {

    /** Inclusive ranges of code points assigned by Unicode 15.0, 15.1 and 16.0, in order. */
    private static final int[] ASSIGNED_SINCE = {
        0x897, 0x897, 0xcf3, 0xcf3, 0xece, 0xece, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a,
        0x2427, 0x2429, 0x2ffc, 0x2fff, 0x31e4, 0x31e5, 0x31ef, 0x31ef, 0xa7cb, 0xa7cd, 0xa7da, 0xa7dc,
        0x105c0, 0x105f3, 0x10d40, 0x10d65, 0x10d69, 0x10d85, 0x10d8e, 0x10d8f, 0x10ec2, 0x10ec4,
        0x10efc, 0x10eff, 0x1123f, 0x11241, 0x11380, 0x11389, 0x1138b, 0x1138b, 0x1138e, 0x1138e,
        0x11390, 0x113b5, 0x113b7, 0x113c0, 0x113c2, 0x113c2, 0x113c5, 0x113c5, 0x113c7, 0x113ca,
        0x113cc, 0x113d5, 0x113d7, 0x113d8, 0x113e1, 0x113e2, 0x116d0, 0x116e3, 0x11b00, 0x11b09,
        0x11bc0, 0x11be1, 0x11bf0, 0x11bf9, 0x11f00, 0x11f10, 0x11f12, 0x11f3a, 0x11f3e, 0x11f5a,
        0x1342f, 0x1342f, 0x13439, 0x13455, 0x13460, 0x143fa, 0x16100, 0x16139, 0x16d40, 0x16d79,
        0x18cff, 0x18cff, 0x1b132, 0x1b132, 0x1b155, 0x1b155, 0x1cc00, 0x1ccf9, 0x1cd00, 0x1ceb3,
        0x1d2c0, 0x1d2d3, 0x1df25, 0x1df2a, 0x1e030, 0x1e06d, 0x1e08f, 0x1e08f, 0x1e4d0, 0x1e4f9,
        0x1e5d0, 0x1e5fa, 0x1e5ff, 0x1e5ff, 0x1f6dc, 0x1f6dc, 0x1f774, 0x1f776, 0x1f77b, 0x1f77f,
        0x1f7d9, 0x1f7d9, 0x1f8b2, 0x1f8bb, 0x1f8c0, 0x1f8c1, 0x1fa75, 0x1fa77, 0x1fa87, 0x1fa89,
        0x1fa8f, 0x1fa8f, 0x1faad, 0x1faaf, 0x1fabb, 0x1fabf, 0x1fac6, 0x1fac6, 0x1face, 0x1facf,
        0x1fada, 0x1fadc, 0x1fadf, 0x1fadf, 0x1fae8, 0x1fae9, 0x1faf7, 0x1faf8, 0x1fbcb, 0x1fbef,
        0x2b739, 0x2b739, 0x2ebf0, 0x2ee5d, 0x31350, 0x323af
    };

    /** AHOM CONSONANT SIGN MEDIAL RA: a non-spacing mark until Unicode 15.0 made it a spacing one. */
    private static final int AHOM_MEDIAL_RA = 0x1171e;

    private Unicode14() {
    }

    /** The general category as a {@link Character#getType(int)} constant. */
    public static int type(int codePoint) {
        if (codePoint == AHOM_MEDIAL_RA) {
            return Character.NON_SPACING_MARK;
        }
        return assignedSince(codePoint) ? Character.UNASSIGNED : Character.getType(codePoint);
    }

    public static boolean isAssigned(int codePoint) {
        return type(codePoint) != Character.UNASSIGNED;
    }

    private static boolean assignedSince(int codePoint) {
        int low = 0;
        int high = ASSIGNED_SINCE.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (codePoint < ASSIGNED_SINCE[2 * middle]) {
                high = middle - 1;
            } else if (codePoint > ASSIGNED_SINCE[2 * middle + 1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
