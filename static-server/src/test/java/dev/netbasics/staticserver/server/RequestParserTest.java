package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request parser in process, from the text of RFC 9112 (sections named per test): request lines, fields,
 * limits and the dropping of bodies, fed whole or a byte at a time. Host, framing and targets have tests of
 * their own (HostFieldTest, MessageFramingTest, RequestTargetTest, ChunkedBodyTest).
 */
class RequestParserTest {

    private final RequestParser parser = new RequestParser();

    /** All of {@code text} at once. */
    static InputBuffer input(String text) {
        InputBuffer input = new InputBuffer();
        input.data = text.getBytes(StandardCharsets.ISO_8859_1);
        input.end = input.data.length;
        return input;
    }

    private HttpRequest parseWhole(String text) throws Exception {
        return parser.parse(input(text));
    }

    private int refusal(String text) {
        return assertThrows(HttpError.class, () -> parseWhole(text)).status();
    }

    @Test
    void aHeadSentWholeIsParsed() throws Exception {
        HttpRequest request = parseWhole("GET /a%20b?x=1 HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n");
        assertEquals("GET", request.method());
        assertEquals("/a%20b", request.path());
        assertEquals("?x=1", request.query());
        assertEquals("HTTP/1.1", request.version());
        assertEquals("*/*", request.header("accept"));
        assertEquals("GET /a%20b?x=1 HTTP/1.1", request.requestLine());
    }

    @Test
    void aHeadSentOneByteAtATimeIsParsedOnlyWhenWhole() throws Exception {
        String text = "GET /file HTTP/1.1\r\nHost: x\r\nX-Long: abcdefghij\r\n\r\n";
        InputBuffer input = input(text);
        HttpRequest request = null;
        for (int end = 1; end <= text.length(); end++) {
            input.end = end;
            request = parser.parse(input);
            assertEquals(end == text.length(), request != null, "after " + end + " bytes");
        }
        assertEquals("abcdefghij", request.header("x-long"));
    }

    /** RFC 9112, 2.2: a recipient MAY recognize a single LF as a line terminator. */
    @Test
    void aBareLfEndsALineOfTheHead() throws Exception {
        HttpRequest request = parseWhole("GET / HTTP/1.1\nHost: x\nAccept: a\n\n");
        assertEquals("a", request.header("accept"));
    }

    /** RFC 9112, 2.2: a bare CR MUST be considered invalid (or replaced by SP): it is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /\r HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nX: a\rb\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\rX: y\r\n\r\n", "GET / HTTP/1.1\r\r\nHost: x\r\n\r\n"})
    void aBareCrIsRefused(String text) {
        assertEquals(400, refusal(text));
    }

    /** RFC 9112, 2.2: a server SHOULD ignore at least one empty line before the request line. */
    @Test
    void emptyLinesBeforeTheRequestLineAreIgnored() throws Exception {
        assertEquals("/", parseWhole("\r\n\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n").path());
    }

    @Test
    void aFloodOfEmptyLinesIsRefused() {
        assertEquals(400, refusal("\r\n".repeat(9) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    /** RFC 9112, 3: method SP request-target SP HTTP-version, and nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"GET  / HTTP/1.1", "GET / HTTP/1.1 ", " GET / HTTP/1.1", "GET\t/ HTTP/1.1",
        "GET /\tHTTP/1.1", "GET /a b HTTP/1.1", "GET /", "GET", "G(T / HTTP/1.1", "GET\u00e9 / HTTP/1.1"})
    void aMalformedRequestLineIs400(String requestLine) {
        assertEquals(400, refusal(requestLine + "\r\nHost: x\r\n\r\n"));
    }

    /** RFC 9112, 2.3: HTTP-version = "HTTP" "/" DIGIT "." DIGIT, case-sensitive. */
    @ParameterizedTest
    @ValueSource(strings = {"http/1.1", "HTTP/1", "HTTP/1.", "HTTP/01.1", "HTTP/1.10", "HTTP/1.1.1", "HTTP/+1.1",
        "HTTP/1_1", "HTTP 1.1", "HTTPS/1.1", "FUBAR", ""})
    void aMalformedVersionIs400(String version) {
        assertEquals(400, refusal("GET / " + version + "\r\nHost: x\r\n\r\n"));
    }

    /** RFC 9110, 2.5 and 15.6.6: another major version is not spoken here. */
    @ParameterizedTest
    @ValueSource(strings = {"HTTP/0.9", "HTTP/2.0", "HTTP/3.0", "HTTP/9.9"})
    void anotherMajorVersionIs505(String version) {
        assertEquals(505, refusal("GET / " + version + "\r\nHost: x\r\n\r\n"));
    }

    /** RFC 9110, 2.5: a higher minor version is answered as the highest this server speaks. */
    @ParameterizedTest
    @CsvSource({"HTTP/1.0, HTTP/1.0", "HTTP/1.1, HTTP/1.1", "HTTP/1.2, HTTP/1.1", "HTTP/1.9, HTTP/1.1"})
    void oneDotAnythingIsOneDotOneOrOneDotZero(String version, String answered) throws Exception {
        assertEquals(answered, parseWhole("GET / " + version + "\r\nHost: x\r\n\r\n").version());
    }

    /** RFC 9112, 5.1: field-name ":" OWS field-value OWS; the whitespace around the value is not part of it. */
    @Test
    void fieldValuesLoseTheWhitespaceAroundThem() throws Exception {
        assertEquals("a \t b", parseWhole("GET / HTTP/1.1\r\nHost: x\r\nX: \t a \t b \t\r\n\r\n").header("x"));
    }

    /** RFC 9110, 5.5: obs-text is allowed in a field value. */
    @Test
    void obsTextInAFieldValueIsKept() throws Exception {
        assertEquals("gr\u00fc\u00dfe", parseWhole("GET / HTTP/1.1\r\nHost: x\r\nX: gr\u00fc\u00dfe\r\n\r\n")
                .header("x"));
    }

    /** RFC 9110, 5.1: field names are case-insensitive. */
    @Test
    void fieldNamesAreCaseInsensitive() throws Exception {
        assertEquals("1", parseWhole("GET / HTTP/1.1\r\nHOST: x\r\nX-tHiNg: 1\r\n\r\n").header("x-thing"));
    }

    /** RFC 9110, 5.3: several lines of one field are one list, in order. */
    @Test
    void linesOfOneFieldAreCombinedInOrder() throws Exception {
        assertEquals("\"a\", \"b\"", parseWhole("GET / HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"a\"\r\n"
                + "If-None-Match: \"b\"\r\n\r\n").header("if-none-match"));
    }

    /**
     * RFC 9112, 5.1 (whitespace before the colon, MUST 400), 5.2 (obs-fold, MUST 400 or unfold), 2.2
     * (whitespace before the first field, MUST reject or ignore), 5 (field-name = token), and RFC 9110, 5.5
     * (CR, LF, NUL in a value: MUST reject or replace; other controls invalid).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Host : x", "Host\t: x", "X: a\r\n b", "X: a\r\n\tb", ": x", "X[1]: y", "X y: z",
        "No colon", "X: a\u0000b", "X: a\u0001b", "X: a\u007fb", "X: a\u000bb", "X: a\u000cb", "X\u00e9: y"})
    void aMalformedFieldLineIs400(String line) {
        assertEquals(400, refusal("GET / HTTP/1.1\r\nHost: x\r\n" + line + "\r\n\r\n"));
    }

    @Test
    void whitespaceBeforeTheFirstFieldIs400() {
        assertEquals(400, refusal("GET / HTTP/1.1\r\n Host: x\r\n\r\n"));
    }

    /** RFC 9112, 3: a server MUST respond 414 to a request-target longer than any URI it wishes to parse. */
    @Test
    void anOverlongRequestLineIs414BeforeItEnds() {
        assertEquals(414, refusal("GET /" + "a".repeat(RequestParser.MAX_REQUEST_LINE)));
    }

    /** RFC 9110, 5.4: fields larger than the server wishes to process get a 4xx: 431 (RFC 6585). */
    @Test
    void tooManyFieldsAre431() {
        assertEquals(431, refusal("GET / HTTP/1.1\r\nHost: x\r\n" + "X: y\r\n".repeat(RequestParser.MAX_HEADERS)
                + "\r\n"));
    }

    @Test
    void aFieldSectionOverItsLimitIs431BeforeItEnds() {
        assertEquals(431, refusal("GET / HTTP/1.1\r\nX: " + "y".repeat(RequestParser.MAX_HEADER_BYTES)));
    }

    /** RFC 9112, 6.2 and 9.3.2: a body is read to its end, and the next request starts after it exactly. */
    @Test
    void aContentLengthBodyIsDroppedAndTheNextRequestFollowsIt() throws Exception {
        InputBuffer input = input("GET /one HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n"
                + "GET /evil HTTP/1.1\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        HttpRequest first = parser.parse(input);
        assertTrue(parser.readBody(first));
        assertEquals("/two", parser.parse(input).path());
    }

    @Test
    void aBodyArrivingInPiecesIsDroppedBeforeTheNextHead() throws Exception {
        String text = "GET /one HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n12345GET /two HTTP/1.1\r\nHost: x\r\n\r\n";
        int headEnd = text.indexOf("12345");
        InputBuffer input = input(text);
        input.end = headEnd;
        assertTrue(parser.readBody(parser.parse(input)));
        for (int end = headEnd + 1; end < text.length(); end++) {
            input.end = end;
            assertNull(parser.parse(input), "after " + end + " bytes");
            assertEquals(end < headEnd + 5, parser.inBody());
        }
        input.end = text.length();
        assertEquals("/two", parser.parse(input).path());
    }

    @Test
    void aChunkedBodyIsDroppedAndTheNextRequestFollowsIt() throws Exception {
        InputBuffer input = input("GET /one HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n0\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(parser.readBody(parser.parse(input)));
        assertEquals("/two", parser.parse(input).path());
    }

    /** A broken chunked body ends the connection: what follows it is not parsed as a request. */
    @Test
    void aBrokenChunkedBodyIsNotTakenForTheNextRequest() throws Exception {
        InputBuffer input = input("GET /one HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello world\r\n0\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(parser.readBody(parser.parse(input)));
        assertThrows(ChunkedBody.Malformed.class, () -> parser.parse(input));
    }

    @Test
    void aBodyOverTheLimitIsNotRead() throws Exception {
        HttpRequest request = parseWhole("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: "
                + (RequestParser.MAX_DROPPED_BODY + 1) + "\r\n\r\n");
        assertFalse(parser.readBody(request));
        assertFalse(parser.inBody());
    }

    @Test
    void aRequestWithoutBodyLeavesNothingToDrop() throws Exception {
        HttpRequest request = parseWhole("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(parser.readBody(request));
        assertFalse(parser.inBody());
    }

    /** RFC 9110, 10.1.1: 100-continue with a body to follow; a server MUST ignore it in HTTP/1.0. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET / HTTP/1.1\\r\\nHost: x\\r\\nExpect: 100-continue\\r\\nContent-Length: 3\\r\\n\\r\\n|true",
        "GET / HTTP/1.1\\r\\nHost: x\\r\\nExpect: 100-Continue\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n|true",
        "GET / HTTP/1.1\\r\\nHost: x\\r\\nExpect: 100-continue\\r\\n\\r\\n|false",
        "GET / HTTP/1.0\\r\\nExpect: 100-continue\\r\\nContent-Length: 3\\r\\n\\r\\n|false",
        "GET / HTTP/1.0\\r\\nExpect: something-else\\r\\n\\r\\n|false"})
    void continueIsExpectedOnlyWhereRfc9110SaysSo(String text, boolean expected) throws Exception {
        HttpRequest request = parseWhole(text.replace("\\r\\n", "\r\n"));
        assertNotNull(request);
        assertEquals(expected, request.expectsContinue());
    }

    /** RFC 9110, 10.1.1: a server MAY answer 417 to an expectation other than 100-continue. */
    @ParameterizedTest
    @ValueSource(strings = {"something-else", "100-continue, x", "100-continue=1", "\"100-continue"})
    void anotherExpectationIs417(String expectation) {
        assertEquals(417, refusal("GET / HTTP/1.1\r\nHost: x\r\nExpect: " + expectation + "\r\n\r\n"));
    }

    @Test
    void aTimedOutRequestIsStartedOnceItsFirstByteCame() throws Exception {
        assertFalse(parser.requestStarted());
        assertNull(parser.parse(input("G")));
        assertTrue(parser.requestStarted());
    }
}
