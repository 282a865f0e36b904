package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 2046, 5.1.1 and RFC 7578: {@code multipart-body := [preamble CRLF] dash-boundary transport-padding CRLF
 * body-part *encapsulation close-delimiter transport-padding [CRLF epilogue]}, where a delimiter is
 * {@code CRLF "--" boundary}. Every body is fed in two pieces split at every offset, and in one-byte pieces,
 * and must give the same parts: the delimiter is found across the edge wherever the edge falls.
 */
class MultipartParserTest {

    private static final String BOUNDARY = "xYzZY";

    /** Records the parts: their Content-Disposition and their content. */
    private static final class Recorder implements MultipartParser.Listener {

        final List<String> dispositions = new ArrayList<>();
        final List<String> contents = new ArrayList<>();
        private ByteArrayOutputStream current;

        @Override
        public void partStart(Fields headers) {
            dispositions.add(headers.get("content-disposition"));
            current = new ByteArrayOutputStream();
        }

        @Override
        public void partData(byte[] data, int offset, int length) {
            current.write(data, offset, length);
        }

        @Override
        public void partEnd() {
            contents.add(current.toString(StandardCharsets.ISO_8859_1));
            current = null;
        }
    }

    private static String part(String name, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    /** Contents that look like the delimiter in part: CR, CR LF, CR LF -, CR LF - - and the boundary less its end. */
    private static final String TRICKY = "a\rb\r\nc\r\n-d\r\n--e\r\n--xYzZ\r\n--xYz\r\r\n--xYzZ\r\n\r\n-";

    private static final String BODY = "preamble to ignore\r\n" + part("one.txt", "hello") + part("two.bin", TRICKY)
            + part("empty", "") + "--" + BOUNDARY + "--\r\nepilogue to ignore";

    private static Recorder parse(byte[] body, int... splits) throws HttpError {
        Recorder recorder = new Recorder();
        MultipartParser parser = new MultipartParser(BOUNDARY, recorder);
        int from = 0;
        for (int split : splits) {
            parser.feed(body, from, split - from);
            from = split;
        }
        parser.feed(body, from, body.length - from);
        assertTrue(parser.complete(), "the close delimiter is seen");
        return recorder;
    }

    @Test
    void partsAreFoundWithTheirContent() throws HttpError {
        Recorder recorder = parse(BODY.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("hello", TRICKY, ""), recorder.contents);
        assertEquals("form-data; name=\"files\"; filename=\"two.bin\"", recorder.dispositions.get(1));
    }

    @Test
    void everySplitPointGivesTheSameParts() throws HttpError {
        byte[] body = BODY.getBytes(StandardCharsets.ISO_8859_1);
        for (int split = 0; split <= body.length; split++) {
            Recorder recorder = parse(body, split);
            assertEquals(List.of("hello", TRICKY, ""), recorder.contents, "split at " + split);
        }
    }

    @Test
    void everyPairOfSplitPointsGivesTheSameParts() throws HttpError {
        byte[] body = BODY.getBytes(StandardCharsets.ISO_8859_1);
        for (int first = 0; first <= body.length; first++) {
            for (int second = first; second <= body.length; second++) {
                assertEquals(List.of("hello", TRICKY, ""), parse(body, first, second).contents,
                        "split at " + first + " and " + second);
            }
        }
    }

    @Test
    void oneByteAtATimeGivesTheSameParts() throws HttpError {
        byte[] body = BODY.getBytes(StandardCharsets.ISO_8859_1);
        int[] splits = new int[body.length - 1];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = i + 1;
        }
        assertEquals(List.of("hello", TRICKY, ""), parse(body, splits).contents);
    }

    /** RFC 2046: the body may open with the delimiter itself, without a preamble or its CR LF. */
    @Test
    void aBodyWithoutPreambleStartsAtItsFirstDelimiter() throws HttpError {
        byte[] body = (part("a", "x") + "--" + BOUNDARY + "--").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("x"), parse(body).contents);
    }

    /** RFC 2046, 5.1.1: transport padding (linear white space) may follow a boundary line. */
    @Test
    void paddingAfterADelimiterIsAllowed() throws HttpError {
        byte[] body = ("--" + BOUNDARY + " \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--" + BOUNDARY
                + "--").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("x"), parse(body).contents);
    }

    @Test
    void aBodyCutBeforeItsCloseDelimiterIsNotComplete() throws HttpError {
        MultipartParser parser = new MultipartParser(BOUNDARY, new Recorder());
        byte[] body = part("a", "cut here").getBytes(StandardCharsets.ISO_8859_1);
        parser.feed(body, 0, body.length - 3);
        assertFalse(parser.complete());
    }

    @Test
    void partHeadersLargerThanTheLimitAreRefused() {
        MultipartParser parser = new MultipartParser(BOUNDARY, new Recorder());
        byte[] body = ("--" + BOUNDARY + "\r\nX-Long: " + "a".repeat(MultipartParser.MAX_PART_HEADER_BYTES))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, assertThrows(HttpError.class, () -> parser.feed(body, 0, body.length)).status());
    }

    @Test
    void morePartHeadersThanTheLimitAreRefused() {
        MultipartParser parser = new MultipartParser(BOUNDARY, new Recorder());
        byte[] body = ("--" + BOUNDARY + "\r\n" + "X: y\r\n".repeat(MultipartParser.MAX_PART_HEADERS + 1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, assertThrows(HttpError.class, () -> parser.feed(body, 0, body.length)).status());
    }

    /** Part header lines end in CR LF; a bare LF, a control character or a line without a colon is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"X: y\n\r\n", "X: \u0001\r\n\r\n", "no colon\r\n\r\n", " X: folded\r\n\r\n"})
    void malformedPartHeadersAreRefused(String headers) {
        MultipartParser parser = new MultipartParser(BOUNDARY, new Recorder());
        byte[] body = ("--" + BOUNDARY + "\r\n" + headers).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, assertThrows(HttpError.class, () -> parser.feed(body, 0, body.length)).status());
    }

    @Test
    void somethingElseThanPaddingAfterADelimiterIsRefused() {
        MultipartParser parser = new MultipartParser(BOUNDARY, new Recorder());
        byte[] body = ("--" + BOUNDARY + "x\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, assertThrows(HttpError.class, () -> parser.feed(body, 0, body.length)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=xYzZY", "Multipart/Form-Data;boundary=\"xYzZY\"",
        "multipart/form-data; charset=utf-8; boundary=xYzZY"})
    void theBoundaryIsTakenFromTheContentType(String contentType) throws HttpError {
        assertEquals(BOUNDARY, MultipartParser.boundary(contentType));
    }

    /** RFC 2046, 5.1.1: 1 to 70 bchars, not ending in a space. */
    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"a \"",
        "multipart/form-data; boundary=a\u00e9", "multipart/form-data; boundary=\"unterminated"})
    void aMissingOrMalformedBoundaryIsABadRequest(String contentType) {
        assertEquals(400, assertThrows(HttpError.class, () -> MultipartParser.boundary(contentType)).status());
    }

    @Test
    void aBoundaryLongerThan70CharactersIsABadRequest() {
        assertEquals(400, assertThrows(HttpError.class,
                () -> MultipartParser.boundary("multipart/form-data; boundary=" + "b".repeat(71))).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain; boundary=x"})
    void anotherContentTypeIsUnsupported(String contentType) {
        assertEquals(415, assertThrows(HttpError.class, () -> MultipartParser.boundary(contentType)).status());
    }
}
