package dev.netbasics.cli.ssl;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The little of ASN.1's DER (ITU-T X.690) that a certificate and a private key need: writing the types an X.509
 * certificate is made of, and reading a structure back into its parts. Enough to build a self-signed certificate
 * and to wrap the older key formats for the JDK, without the JDK's internal {@code sun.security.util} classes.
 */
final class Der {

    static final int BOOLEAN = 0x01;
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int UTF8_STRING = 0x0C;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    private static final int CONTEXT_CONSTRUCTED = 0xA0;
    private static final int CONTEXT_PRIMITIVE = 0x80;
    /** RFC 5280, 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
    private static final int LAST_UTC_TIME_YEAR = 2049;
    private static final DateTimeFormatter UTC_TIME_FORMAT = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final DateTimeFormatter GENERALIZED_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    private Der() {
    }

    /** One element: its tag, the length in as few bytes as DER requires, and the content. */
    static byte[] element(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets);
            for (int shift = (octets - 1) * 8; shift >= 0; shift -= 8) {
                out.write(length >>> shift);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        return element(SEQUENCE, concatenate(parts));
    }

    static byte[] set(byte[]... parts) {
        return element(SET, concatenate(parts));
    }

    static byte[] integer(BigInteger value) {
        return element(INTEGER, value.toByteArray());
    }

    static byte[] integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    static byte[] bool(boolean value) {
        return element(BOOLEAN, new byte[] {(byte) (value ? 0xFF : 0x00)});
    }

    /** A BIT STRING of whole bytes (no unused bits), as signatures and keys are. */
    static byte[] bitString(byte[] bytes) {
        byte[] content = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, content, 1, bytes.length);
        return element(BIT_STRING, content);
    }

    static byte[] octetString(byte[] bytes) {
        return element(OCTET_STRING, bytes);
    }

    static byte[] nullValue() {
        return element(NULL, new byte[0]);
    }

    static byte[] utf8String(String text) {
        return element(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An object identifier from its dotted form, such as {@code 1.2.840.10045.2.1}. */
    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeBase128(out, new BigInteger(arcs[0]).multiply(BigInteger.valueOf(40)).add(new BigInteger(arcs[1])));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(out, new BigInteger(arcs[i]));
        }
        return element(OID, out.toByteArray());
    }

    /** A certificate's time, to the second, in the type RFC 5280 prescribes for its year. */
    static byte[] time(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return utc.getYear() <= LAST_UTC_TIME_YEAR
                ? element(UTC_TIME, UTC_TIME_FORMAT.format(utc).getBytes(StandardCharsets.US_ASCII))
                : element(GENERALIZED_TIME, GENERALIZED_TIME_FORMAT.format(utc).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code [tag] EXPLICIT}: the element wrapped in a constructed context-specific one. */
    static byte[] explicit(int tag, byte[] element) {
        return element(CONTEXT_CONSTRUCTED | tag, element);
    }

    /** {@code [tag] IMPLICIT} of a primitive type: the content under a context-specific tag. */
    static byte[] implicit(int tag, byte[] content) {
        return element(CONTEXT_PRIMITIVE | tag, content);
    }

    /** The dotted form of an OID element's content. */
    static String oidText(byte[] content) {
        StringBuilder dotted = new StringBuilder();
        BigInteger arc = BigInteger.ZERO;
        boolean first = true;
        for (byte octet : content) {
            arc = arc.shiftLeft(7).or(BigInteger.valueOf(octet & 0x7F));
            if ((octet & 0x80) == 0) {
                if (first) {
                    int top = arc.compareTo(BigInteger.valueOf(80)) >= 0 ? 2 : arc.intValue() / 40;
                    dotted.append(top).append('.').append(arc.subtract(BigInteger.valueOf(40L * top)));
                    first = false;
                } else {
                    dotted.append('.').append(arc);
                }
                arc = BigInteger.ZERO;
            }
        }
        return dotted.toString();
    }

    /** The elements one after another in {@code bytes}, such as the parts of a SEQUENCE's content. */
    static List<Element> read(byte[] bytes) {
        List<Element> elements = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            if (bytes.length - at < 2) {
                throw new IllegalArgumentException("truncated DER element");
            }
            int tag = bytes[at++] & 0xFF;
            if ((tag & 0x1F) == 0x1F) {
                throw new IllegalArgumentException("DER tag numbers above 30 are not supported");
            }
            int length = bytes[at++] & 0xFF;
            if (length >= 0x80) {
                int octets = length & 0x7F;
                if (octets == 0 || octets > 3 || bytes.length - at < octets) {
                    throw new IllegalArgumentException("bad DER length");
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = length << 8 | bytes[at++] & 0xFF;
                }
            }
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("truncated DER element");
            }
            elements.add(new Element(tag, Arrays.copyOfRange(bytes, at, at + length)));
            at += length;
        }
        return elements;
    }

    /** One element read back: its tag and content. */
    record Element(int tag, byte[] content) {

        /** The parts of a constructed element (SEQUENCE, SET, an explicit tag). */
        List<Element> children() {
            return read(content);
        }

        boolean isContext(int number) {
            return tag == (CONTEXT_CONSTRUCTED | number);
        }
    }

    private static void writeBase128(ByteArrayOutputStream out, BigInteger value) {
        int groups = Math.max(1, (value.bitLength() + 6) / 7);
        for (int group = groups - 1; group >= 0; group--) {
            int seven = value.shiftRight(group * 7).intValue() & 0x7F;
            out.write(group == 0 ? seven : seven | 0x80);
        }
    }

    static byte[] concatenate(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
