package dev.netbasics.http.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netbasics.cli.ExitCode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Redirect decisions in-process: where a Location leads, and which credentials follow it. */
class HttpExchangeTest {

    private static final URI FROM = URI.create("http://example.test:8080/dir/page?q=1");

    /** RFC 3986 §5.4's reading, not java.net.URI's RFC 2396 one (a bare query, ".." above the root). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "/abs                   => http://example.test:8080/abs",
        "rel                    => http://example.test:8080/dir/rel",
        "../up                  => http://example.test:8080/up",
        "../../../above-root    => http://example.test:8080/above-root",
        "./here/./x             => http://example.test:8080/dir/here/x",
        "?only=query            => http://example.test:8080/dir/page?only=query",
        "//other.test/x         => http://other.test/x",
        "HTTPS://Other.test/x   => HTTPS://Other.test/x",
        "/a b                   => http://example.test:8080/a%20b",
    })
    void aLocationResolvesAgainstTheUrlItCameFrom(String location, String expected) {
        assertEquals(URI.create(expected), HttpExchange.redirectTarget(FROM, location));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"file:///etc/passwd", "ftp://example.test/x", "javascript:alert(1)", "http:no-host"})
    void aLocationOffHttpIsTheServersFailureNotAUsageError(String location) {
        HttpToolsException failure = assertThrows(HttpToolsException.class,
                () -> HttpExchange.redirectTarget(FROM, location));
        assertEquals(ExitCode.FAILURE, failure.exitCode());
    }

    @Test
    void credentialsStayBehindUnlessKept() {
        HttpRequestSpec request = new HttpRequestSpec("GET", FROM, List.of(new HttpResult.Header("Authorization", "x"),
                new HttpResult.Header("cookie", "a=1"), new HttpResult.Header("Accept", "*/*")), null);
        URI elsewhere = URI.create("http://other.test/");
        assertEquals(List.of(new HttpResult.Header("Accept", "*/*")),
                request.redirectedTo(elsewhere, false, false).headers());
        assertEquals(request.headers(), request.redirectedTo(elsewhere, false, true).headers());
    }
}
