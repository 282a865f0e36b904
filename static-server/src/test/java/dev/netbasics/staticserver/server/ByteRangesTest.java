package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 9110, 14.1 and 15.5.17: which Range headers are served, refused with 416, or ignored. */
class ByteRangesTest {

    private static final long MIB = 1024 * 1024;

    private static List<ByteRanges.Range> served(String header, long size) {
        ByteRanges.Outcome outcome = ByteRanges.parse(header, size);
        assertTrue(!outcome.ignore() && !outcome.unsatisfiable(), header + " -> " + outcome);
        return outcome.ranges();
    }

    private static void assertUnsatisfiable(String header, long size) {
        ByteRanges.Outcome outcome = ByteRanges.parse(header, size);
        assertTrue(outcome.unsatisfiable(), header + " on " + size + " bytes -> " + outcome);
    }

    private static void assertIgnored(String header, long size) {
        assertTrue(ByteRanges.parse(header, size).ignore(), header);
    }

    @Test
    void rangesInsideTheFile() {
        assertEquals(List.of(new ByteRanges.Range(0, 99)), served("bytes=0-99", MIB));
        assertEquals(List.of(new ByteRanges.Range(MIB - 10, MIB - 1)), served("bytes=-10", MIB));
        assertEquals(List.of(new ByteRanges.Range(MIB - 1, MIB - 1)), served("bytes=1048575-", MIB));
        assertEquals(List.of(new ByteRanges.Range(5, MIB - 1)), served("bytes=5-99999999999", MIB));
        assertEquals(List.of(new ByteRanges.Range(0, MIB - 1)), served("bytes=-99999999999", MIB));
        assertEquals(List.of(new ByteRanges.Range(0, 0)), served(" Bytes=0-0 ", 1));
    }

    @Test
    void openEndedRangesAtOrPastTheEndAreUnsatisfiable() {
        assertUnsatisfiable("bytes=1048581-", MIB);
        assertUnsatisfiable("bytes=1048576-", MIB);
        assertUnsatisfiable("bytes=99999999999999999999999-", MIB);
    }

    @Test
    void otherUnsatisfiableForms() {
        assertUnsatisfiable("bytes=-0", MIB);
        assertUnsatisfiable("bytes=2000000-3000000, 1048576-, -0", MIB);
        assertUnsatisfiable("bytes=0-", 0);
        assertUnsatisfiable("bytes=0-0", 0);
        assertUnsatisfiable("bytes=-1", 0);
    }

    @Test
    void oneSatisfiableRangeIsEnough() {
        assertEquals(List.of(new ByteRanges.Range(MIB - 2, MIB - 1)), served("bytes=2000000-, -0, 1048574-", MIB));
        assertEquals(List.of(new ByteRanges.Range(0, 1), new ByteRanges.Range(4, 5)), served("bytes=0-1,,4-5,", MIB));
    }

    @Test
    void malformedHeadersAreIgnored() {
        assertIgnored("bytes=5-1", MIB);
        assertIgnored("bytes=", MIB);
        assertIgnored("bytes=,", MIB);
        assertIgnored("bytes=a-b", MIB);
        assertIgnored("bytes=1", MIB);
        assertIgnored("bytes=--1", MIB);
        assertIgnored("bytes=+1-2", MIB);
        assertIgnored("items=0-1", MIB);
        assertIgnored("bytes=" + "0-0,".repeat(ByteRanges.MAX_RANGES + 1), MIB);
    }

    @Test
    void overlappingAndAdjacentRangesAreMerged() {
        assertEquals(List.of(new ByteRanges.Range(0, 9)), served("bytes=0-3,2-5,6-9", MIB));
        assertEquals(List.of(new ByteRanges.Range(10, 11), new ByteRanges.Range(0, 1)), served("bytes=10-11,0-1", MIB),
                "ranges apart keep the client's order");
    }
}
