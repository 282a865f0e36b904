package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9112, 6 and RFC 9110, 8.6: where a request's body ends, and the heads whose framing is refused. */
class MessageFramingTest {

    private static Fields fields(String... nameValues) {
        Fields fields = new Fields();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.add(nameValues[i], nameValues[i + 1]);
        }
        return fields;
    }

    private static long length(String... nameValues) throws HttpError {
        return MessageFraming.bodyLength(fields(nameValues), "HTTP/1.1");
    }

    private static int refusal(String... nameValues) {
        return assertThrows(HttpError.class, () -> length(nameValues)).status();
    }

    /** RFC 9112, 6.3, item 7: neither field, no body. */
    @Test
    void withoutEitherFieldThereIsNoBody() throws HttpError {
        assertEquals(0, length());
    }

    /** RFC 9110, 8.6: Content-Length = 1*DIGIT (leading zeros are digits). */
    @ParameterizedTest
    @CsvSource({"0, 0", "5, 5", "007, 7", "1048576, 1048576"})
    void aDecimalContentLengthIsTheBodyLength(String value, long expected) throws HttpError {
        assertEquals(expected, length("content-length", value));
    }

    /**
     * RFC 9110, 8.6: a list of one value repeated (lines combined by an intermediary) MAY be taken for that
     * value; this server does.
     */
    @Test
    void repeatedEqualValuesAreOneLength() throws HttpError {
        assertEquals(3, length("content-length", "3", "content-length", "3"));
        assertEquals(3, length("content-length", "3, 3"));
    }

    /**
     * RFC 9112, 6.3: "If a message is received without Transfer-Encoding and with an invalid Content-Length
     * header field ... the server MUST respond with a 400 (Bad Request) status code and then close".
     */
    @ParameterizedTest
    @ValueSource(strings = {"+5", "-1", "-0", "abc", "5a", "0x5", "1 2", "1.0", "1e3", "", ",", "3,", "3, 5", "\u0665"})
    void anInvalidContentLengthIs400(String value) {
        assertEquals(400, refusal("content-length", value));
    }

    @Test
    void twoDifferentContentLengthLinesAre400() {
        assertEquals(400, refusal("content-length", "3", "content-length", "5"));
    }

    /** RFC 9110, 8.6: "prevent parsing errors due to integer conversion overflows": too long, not an error. */
    @Test
    void anEnormousContentLengthIsTooLongNotAnError() throws HttpError {
        assertEquals(Long.MAX_VALUE, length("content-length", "99999999999999999999999999"));
    }

    /** RFC 9112, 6.1 and 7.1: chunked last, once, case-insensitive; known codings before it. */
    @ParameterizedTest
    @ValueSource(strings = {"chunked", "Chunked", "CHUNKED", "gzip, chunked", "gzip,chunked", ", chunked",
        "chunked,", "deflate, gzip, chunked", "gzip;q=1, chunked"})
    void chunkedLastFramesTheBody(String codings) throws HttpError {
        assertEquals(MessageFraming.CHUNKED, length("transfer-encoding", codings));
    }

    @Test
    void codingsOnSeveralLinesAreOneList() throws HttpError {
        assertEquals(MessageFraming.CHUNKED, length("transfer-encoding", "gzip", "transfer-encoding", "chunked"));
    }

    /**
     * RFC 9112, 6.3: "If a Transfer-Encoding header field is present in a request and the chunked transfer
     * coding is not the final encoding ... the server MUST respond with the 400 (Bad Request)"; 7: chunked at
     * most once (a sender MUST NOT apply it twice) and without parameters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gzip", "identity", "x-chunked", "chunked, gzip", "chunked, chunked", "chunked;a=b",
        "chunked ;x", "", ",", "chunk", "chunked\u00e9", "\"chunked\"", "gzip;q, chunked"})
    void codingsNotEndingInOneChunkedAre400(String codings) {
        assertEquals(400, refusal("transfer-encoding", codings));
    }

    /** RFC 9112, 6.1: a transfer coding the server does not understand SHOULD be 501. */
    @ParameterizedTest
    @ValueSource(strings = {"identity, chunked", "foo, chunked", "br, chunked"})
    void anUnknownCodingBeforeChunkedIs501(String codings) {
        assertEquals(501, refusal("transfer-encoding", codings));
    }

    /** RFC 9112, 6.1: the server MAY reject both fields together, and MUST close after answering: it rejects. */
    @Test
    void transferEncodingWithContentLengthIs400() {
        assertEquals(400, refusal("transfer-encoding", "chunked", "content-length", "5"));
    }

    /** RFC 9112, 6.1: an HTTP/1.0 message with Transfer-Encoding MUST be treated as having faulty framing. */
    @Test
    void transferEncodingInHttp10Is400() {
        assertEquals(400, assertThrows(HttpError.class,
                () -> MessageFraming.bodyLength(fields("transfer-encoding", "chunked"), "HTTP/1.0")).status());
    }
}
