package dev.netbasics.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netbasics.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FtpTargetTest {

    @Test
    void bareHostsAndOptions() {
        assertEquals(new FtpTarget("ftp.example.org", 21, null, null, null), FtpTarget.parse("ftp.example.org", null, null));
        assertEquals(new FtpTarget("::1", 2121, "bob", null, null), FtpTarget.parse("[::1]", 2121, "bob"));
        assertEquals(new FtpTarget("::1", 21, null, null, null), FtpTarget.parse("::1", null, null));
    }

    /** lftp and curl take the port with the host; an IPv6 address then goes in brackets (RFC 3986's form). */
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1:2121, 127.0.0.1, 2121",
        "ftp.example.org:21, ftp.example.org, 21",
        "[::1]:2121, ::1, 2121",
        "[fe80::1%eth0]:990, fe80::1%eth0, 990",
        "::1, ::1, 21",
        "2001:db8::7, 2001:db8::7, 21"
    })
    void hostAndPort(String given, String host, int port) {
        assertEquals(new FtpTarget(host, port, null, null, null), FtpTarget.parse(given, null, null));
    }

    @Test
    void thePortOptionWinsOverTheHostsPort() {
        assertEquals(3000, FtpTarget.parse("127.0.0.1:2121", 3000, null).port());
    }

    @Test
    void urlsGiveUserPasswordPortAndAPathRelativeToTheLoginDirectory() {
        assertEquals(new FtpTarget("127.0.0.1", 2121, "student", "pw", "home/work"),
                FtpTarget.parse("ftp://student:pw@127.0.0.1:2121/home/work", null, null));
        assertEquals(new FtpTarget("::1", 21, null, null, "/abs dir"), FtpTarget.parse("ftp://[::1]//abs%20dir", null, null));
        assertEquals("/abs", FtpTarget.parse("ftp://host/%2Fabs", null, null).path());
        assertNull(FtpTarget.parse("ftp://host/", null, null).path());
        assertEquals("alice", FtpTarget.parse("ftp://bob@host", null, "alice").user(), "--user wins over the URL");
        assertEquals(99, FtpTarget.parse("ftp://host:21", 99, null).port(), "--port wins over the URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftps://host", "http://host", "ftp://", "host name", "ftp://host/a%0d%0aDELE%20x"})
    void badTargetsAreUsageErrors(String bad) {
        FtpToolsException e = assertThrows(FtpToolsException.class, () -> FtpTarget.parse(bad, null, null), bad);
        assertEquals(ExitCode.USAGE, e.exitCode(), bad);
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertEquals(ExitCode.USAGE, assertThrows(FtpToolsException.class, () -> FtpTarget.parse("host", 70000, null))
                .exitCode());
    }

    /** Where a form is refused, the message names the one that works. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "host:ftp | bad port in host:ftp: write HOST:PORT, [IPv6]:PORT or -p PORT",
        "host: | bad port in host:: write HOST:PORT, [IPv6]:PORT or -p PORT",
        "[::1]2121 | bad host [::1]2121: write an IPv6 address as [::1] or [::1]:PORT",
        "bob@host | bad host bob@host: give the user as -u USER or in a URL, ftp://USER@HOST"
    })
    void refusedFormsNameTheFormThatWorks(String given, String message) {
        assertEquals(message, assertThrows(FtpToolsException.class, () -> FtpTarget.parse(given, null, null))
                .getMessage());
    }
}
