package dev.netbasics.url.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Expectations from Python 3.11's {@code email.utils.formatdate(t, usegmt=True)}. */
class LocalFileFetcherTest {

    @Test
    void lastModifiedIsPythonsHttpDate() {
        assertEquals("Wed, 02 Dec 2026 14:17:53 GMT",
                LocalFileFetcher.httpDate(FileTime.from(Instant.parse("2026-12-02T14:17:53.999Z"))));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", LocalFileFetcher.httpDate(FileTime.fromMillis(0)));
        assertEquals("Wed, 31 Dec 1969 23:59:59 GMT", LocalFileFetcher.httpDate(FileTime.fromMillis(-500)));
        assertEquals("Tue, 29 Feb 0800 07:05:09 GMT",
                LocalFileFetcher.httpDate(FileTime.from(Instant.parse("0800-02-29T07:05:09Z"))));
    }
}
