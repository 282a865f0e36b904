package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9112, 3.2: the four forms of request-target, each for the methods that may use it. */
class RequestTargetTest {

    private static RequestTarget parse(String method, String raw) throws HttpError {
        return RequestTarget.parse(method, raw, method + " " + raw + " HTTP/1.1");
    }

    /** 3.2.1 origin-form and 3.2.2 absolute-form ("A server MUST accept the absolute-form"), 3.2.4 asterisk. */
    @ParameterizedTest
    @CsvSource({
        "GET, /, /, ''",
        "GET, /a/b?c=d&e, /a/b, ?c=d&e",
        "GET, //double, //double, ''",
        "GET, /?, /, ?",
        "GET, /a?b?c, /a, ?b?c",
        "HEAD, http://example.com/a?b, /a, ?b",
        "GET, http://example.com, /, ''",
        "GET, http://example.com?x, /, ?x",
        "GET, HTTP://EXAMPLE.COM:8080/A, /A, ''",
        "GET, http://[::1]:80/x, /x, ''",
        "OPTIONS, *, *, ''",
        "CONNECT, example.com:443, '', ''",
        "CONNECT, [::1]:443, '', ''"})
    void targetsAreTakenApart(String method, String raw, String path, String query) throws HttpError {
        RequestTarget target = parse(method, raw);
        assertEquals(path, target.path());
        assertEquals(query, target.query());
    }

    /**
     * 400: characters outside VCHAR, a fragment, a relative path (3.2.1 origin-form starts with '/'), '*'
     * for a method other than OPTIONS (3.2.4), authority-form for one other than CONNECT (3.2.3) or without
     * its port, an http URI without host or with userinfo (RFC 9110, 4.2.1 and 4.2.4), no "//".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET|/a#b", "GET|'/a\u0001'", "GET|'/\u007f'", "GET|/caf\u00e9", "GET|a/b", "GET|hello.txt", "GET|*",
        "HEAD|*", "GET|example.com:80", "CONNECT|example.com", "CONNECT|example.com:", "CONNECT|/x",
        "CONNECT|[::1]", "GET|http:///a", "GET|http://u@h/a", "GET|http://u:p@h/a", "GET|http:/a", "GET|http:a",
        "GET|1http://h/", "GET|ht tp://h/", "GET|:/x"})
    void invalidTargetsAre400(String method, String raw) {
        assertEquals(400, assertThrows(HttpError.class, () -> parse(method, raw)).status());
    }

    /**
     * RFC 9110, 7.4: "a request for an "https" resource MUST be rejected unless it has been received over a
     * connection that has been secured"; another scheme is not this server's either: 421 (15.5.20).
     */
    @ParameterizedTest
    @CsvSource({"GET, https://example.com/a", "GET, HTTPS://example.com/", "GET, ftp://example.com/a",
        "HEAD, ws://example.com/"})
    void anotherSchemeIs421(String method, String raw) {
        assertEquals(421, assertThrows(HttpError.class, () -> parse(method, raw)).status());
    }
}
