package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9112, 3.2: "A server MUST respond with a 400 (Bad Request) status code to any HTTP/1.1 request message
 * that lacks a Host header field and to any request message that contains more than one Host header field line
 * or a Host header field with an invalid field value." Host = uri-host [ ":" port ] (RFC 9110, 7.2; RFC 3986).
 */
class HostFieldTest {

    private static Fields hosts(String... values) {
        Fields fields = new Fields();
        for (String value : values) {
            fields.add("host", value);
        }
        return fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "example.com:8080", "example.com:", "127.0.0.1", "127.0.0.1:80",
        "[::1]", "[::1]:8000", "[2001:db8::7]", "[2001:db8:0:0:0:0:2:1]", "[::ffff:192.0.2.1]", "[v1.fe80::a+en1]",
        "xn--bcher-kva.example", "a_b-c~d.e", "%41%42", "a!$&'()*+;=b", "localhost", ""})
    void validHostsAreAccepted(String host) {
        assertTrue(HostField.isValid(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a/b", "a?b", "a#b", "user@a", "user:pw@a", "a:8x", "a:-1", "a:80:90", "::1",
        "[::1", "[::1]x", "[::1]:8x", "[1:2:3:4:5:6:7:8:9]", "[1::2::3]", "[::g]", "[12345::]", "[::1.2.3.256]",
        "[::01.2.3.4]", "[v.x]", "[vq.x]", "a%4", "a%zz", "a,b", "a\"b", "a<b", "a\\b", "\u00e9.example"})
    void invalidHostsAreRefused(String host) {
        assertFalse(HostField.isValid(host), host);
    }

    @Test
    void anHttp11RequestWithoutHostIs400() {
        assertEquals(400, assertThrows(HttpError.class, () -> HostField.check(hosts(), "HTTP/1.1")).status());
    }

    /** RFC 9112, 3.2: Host is required of HTTP/1.1 only. */
    @Test
    void anHttp10RequestMayLackHost() {
        assertDoesNotThrow(() -> HostField.check(hosts(), "HTTP/1.0"));
    }

    /** "more than one Host header field line": even with the same value, and in HTTP/1.0 too. */
    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1", "HTTP/1.0"})
    void twoHostLinesAre400(String version) {
        assertEquals(400, assertThrows(HttpError.class, () -> HostField.check(hosts("a", "a"), version)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1", "HTTP/1.0"})
    void anInvalidHostIs400(String version) {
        assertEquals(400, assertThrows(HttpError.class, () -> HostField.check(hosts("a b"), version)).status());
    }

    /** RFC 9110, 4.2.1: an http URI with an empty host is invalid; 4.2.4: no userinfo. */
    @ParameterizedTest
    @ValueSource(strings = {"", ":80", "u@h", "u:p@h:80"})
    void anAbsoluteFormAuthorityNeedsAHostAndNoUserinfo(String authority) {
        assertFalse(HostField.isValidAuthority(authority), authority);
    }
}
