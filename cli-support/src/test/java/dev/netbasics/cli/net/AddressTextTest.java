package dev.netbasics.cli.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTextTest {

    /** Each row as Python's {@code ipaddress.ip_address(FULL).compressed} (and {@code inet_ntop}) writes it. */
    @ParameterizedTest
    @CsvSource({
        "0:0:0:0:0:0:0:1, ::1",
        "0:0:0:0:0:0:0:0, ::",
        "1:0:0:0:0:0:0:0, 1::",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "fe80:0:0:0:0:0:0:1%eth0, fe80::1%eth0",
    })
    void ipv6IsWrittenAsRfc5952Says(String full, String compressed) {
        assertEquals(compressed, AddressText.compressIpv6(full));
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, 127.0.0.1", "::1, ::1", "::ffff:7f00:1, 127.0.0.1", "2001:db8::1, 2001:db8::1"})
    void addressesAreWrittenAsPythonWritesThem(String literal, String text) throws Exception {
        assertEquals(text, AddressText.of(InetAddress.getByName(literal)));
        assertEquals(text, AddressText.withoutZone(InetAddress.getByName(literal)));
    }
}
