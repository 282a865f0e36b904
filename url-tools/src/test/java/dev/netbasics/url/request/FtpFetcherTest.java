package dev.netbasics.url.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.error.UrlToolsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an ftp: URL is taken apart and a transfer's length read, without a server. */
class FtpFetcherTest {

    @Test
    void theLengthIsTheSizeAnnouncedInThe150ReplyAsUrllibReadsIt() {
        assertEquals(20L, FtpFetcher.announcedSize("150 Opening BINARY mode data connection for notes.txt (20 bytes)."));
        assertEquals(null, FtpFetcher.announcedSize("150 File status okay; about to open data connection."));
    }

    @Test
    void urlPartsArePercentDecodedAndTheTypeAttributeRead() {
        FtpFetcher.FtpLocation location = FtpFetcher.FtpLocation.parse("ftp://us%40er:p%3Aw@[::1]:2121/a%20b/c/f.txt;type=A");
        assertEquals("us@er", location.user());
        assertEquals("p:w", location.password());
        assertEquals("::1", location.host());
        assertEquals(2121, location.port());
        assertEquals(List.of("a b", "c"), location.directories());
        assertEquals("f.txt", location.file());
        assertEquals('A', location.type());
        FtpFetcher.FtpLocation anonymous = FtpFetcher.FtpLocation.parse("ftp://example.com");
        assertEquals("anonymous", anonymous.user());
        assertEquals(21, anonymous.port());
        assertEquals("", anonymous.file());
    }

    @Test
    void aPortThatIsNoNumberIsAUsageError() {
        UrlToolsException letters = assertThrows(UrlToolsException.class,
                () -> FtpFetcher.FtpLocation.parse("ftp://example.com:x/"));
        assertEquals(ExitCode.USAGE, letters.exitCode());
        assertEquals("nonnumeric port: 'x'", letters.getMessage());
    }
}
