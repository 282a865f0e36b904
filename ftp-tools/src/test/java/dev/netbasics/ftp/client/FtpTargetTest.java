package dev.netbasics.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netbasics.cli.ExitCode;
import org.junit.jupiter.api.Test;

class FtpTargetTest {

    @Test
    void bareHostsAndOptions() {
        assertEquals(new FtpTarget("ftp.example.org", 21, null, null, null), FtpTarget.parse("ftp.example.org", null, null));
        assertEquals(new FtpTarget("::1", 2121, "bob", null, null), FtpTarget.parse("[::1]", 2121, "bob"));
        assertEquals(new FtpTarget("::1", 21, null, null, null), FtpTarget.parse("::1", null, null));
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

    @Test
    void badTargetsAreUsageErrors() {
        for (String bad : new String[] {"ftps://host", "http://host", "ftp://", "host name", "ftp://host/a%0d%0aDELE%20x"}) {
            FtpToolsException e = assertThrows(FtpToolsException.class, () -> FtpTarget.parse(bad, null, null), bad);
            assertEquals(ExitCode.USAGE, e.exitCode(), bad);
        }
        assertThrows(FtpToolsException.class, () -> FtpTarget.parse("host", 70000, null));
    }
}
