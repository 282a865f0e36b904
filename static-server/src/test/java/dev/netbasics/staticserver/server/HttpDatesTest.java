package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** RFC 9110, 5.6.7: IMF-fixdate out, all three forms in. */
class HttpDatesTest {

    private static final long NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z").getEpochSecond();

    @Test
    void formatsImfFixdate() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(NOV_6_1994 * 1000 + 999));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDates.format(0));
        assertEquals("Tue, 29 Feb 2028 23:59:59 GMT", HttpDates.format(Instant.parse("2028-02-29T23:59:59Z").toEpochMilli()));
        assertTrue(HttpDates.now().endsWith(" GMT"), HttpDates.now());
    }

    @Test
    void parsesTheThreeForms() {
        assertEquals(NOV_6_1994, HttpDates.parseSeconds("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(NOV_6_1994, HttpDates.parseSeconds(" Sunday, 06-Nov-94 08:49:37 GMT "));
        assertEquals(NOV_6_1994, HttpDates.parseSeconds("Sun Nov  6 08:49:37 1994"));
        assertEquals(NOV_6_1994 + 10 * 86_400, HttpDates.parseSeconds("Wed Nov 16 08:49:37 1994"));
    }

    @Test
    void aTwoDigitYearIsNeverMoreThanFiftyYearsAhead() {
        int thisYear = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        int ahead = (thisYear + 49) % 100;
        int behind = (thisYear + 51) % 100;
        assertEquals(thisYear + 49, yearOf(HttpDates.parseSeconds(String.format("Monday, 01-Jan-%02d 00:00:00 GMT", ahead))));
        assertEquals(thisYear + 51 - 100, yearOf(HttpDates.parseSeconds(String.format("Monday, 01-Jan-%02d 00:00:00 GMT", behind))));
    }

    private static int yearOf(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(ZoneOffset.UTC).getYear();
    }

    @Test
    void anythingElseIsNotADate() {
        for (String text : new String[] {"", "not a date", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 6 Nov 1994 08:49:37 GMT",
                "Xyz, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 31 Feb 1994 08:49:37 GMT",
                "Sun, 06 Nov 1994 25:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun Nov 6 08:49:37 1994",
                "1994-11-06T08:49:37Z", "Sun, 06 Nov 1994 08:49:37 GMT; length=12"}) {
            assertEquals(-1, HttpDates.parseSeconds(text), text);
        }
    }
}
