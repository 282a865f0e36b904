package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X.690's encodings, with the bytes taken from the standard's rules and from OpenSSL's {@code asn1parse} output. */
class DerTest {

    private static final HexFormat HEX = HexFormat.of();

    /** X.690 8.19: the first two arcs in one number (40 × first + second), then base 128, high bit = more follows. */
    @ParameterizedTest
    @CsvSource({
        "1.2.840.10045.2.1, 06072a8648ce3d0201",
        "2.5.29.17, 0603551d11",
        "1.3.6.1.5.5.7.3.1, 06082b06010505070301",
        "1.2.840.113549.1.1.1, 06092a864886f70d010101",
        "2.999.3, 0603883703"
    })
    void objectIdentifiers(String dotted, String der) {
        assertEquals(der, HEX.formatHex(Der.oid(dotted)));
        assertEquals(dotted, Der.oidText(Der.read(HEX.parseHex(der)).get(0).content()));
    }

    /** X.690 8.1.3: short form below 128, else 0x80 + the count of length octets, then the length, big-endian. */
    @ParameterizedTest
    @CsvSource({"0, 0400", "127, 047f", "128, 048180", "255, 0481ff", "256, 04820100", "65536, 0483010000"})
    void lengthsTakeAsFewOctetsAsPossible(int length, String header) {
        byte[] element = Der.octetString(new byte[length]);
        assertEquals(header, HEX.formatHex(element, 0, header.length() / 2));
        assertEquals(header.length() / 2 + length, element.length);
    }

    /** X.690 8.3: two's complement in the fewest octets, so a high bit set needs a leading zero. */
    @ParameterizedTest
    @CsvSource({"0, 020100", "127, 02017f", "128, 02020080", "2, 020102", "-1, 0201ff"})
    void integers(long value, String der) {
        assertEquals(der, HEX.formatHex(Der.integer(value)));
    }

    /** RFC 5280, 4.1.2.5: UTCTime (YYMMDDHHMMSSZ) through 2049, GeneralizedTime (YYYYMMDDHHMMSSZ) from 2050. */
    @ParameterizedTest
    @CsvSource({
        "2049-12-31T23:59:59Z, 170d3439313233313233353935395a",
        "2050-01-01T00:00:00Z, 180f32303530303130313030303030305a"
    })
    void timesChangeTypeIn2050(String instant, String der) {
        assertEquals(der, HEX.formatHex(Der.time(Instant.parse(instant))));
    }

    @Test
    void aBitStringOfWholeBytesSaysNoBitIsUnused() {
        assertEquals("030300abcd", HEX.formatHex(Der.bitString(new byte[] {(byte) 0xab, (byte) 0xcd})));
    }

    @Test
    void aSequenceReadsBackIntoItsParts() {
        byte[] sequence = Der.sequence(Der.integer(1), Der.explicit(0, Der.oid("1.2.840.10045.3.1.7")));
        List<Der.Element> parts = Der.read(sequence).get(0).children();
        assertEquals(2, parts.size());
        assertArrayEquals(new byte[] {1}, parts.get(0).content());
        assertEquals("1.2.840.10045.3.1.7", Der.oidText(parts.get(1).children().get(0).content()));
    }
}
