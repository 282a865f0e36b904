package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.staticserver.server.Preconditions.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 9110, 13: each condition on its own, then their order (13.2.2), for a GET of a representation whose
 * strong entity tag is "v2" and whose Last-Modified is Tue, 02 Jan 2024 03:04:05 GMT. Each row: the fields,
 * separated by '|', and the outcome.
 */
class PreconditionsTest {

    private static final String ETAG = "\"v2\"";
    /** Tue, 02 Jan 2024 03:04:05 GMT. */
    private static final long MODIFIED = 1_704_164_645L;
    private static final String BEFORE = "Tue, 02 Jan 2024 03:04:04 GMT";
    private static final String AT = "Tue, 02 Jan 2024 03:04:05 GMT";
    private static final String AFTER = "Tue, 02 Jan 2024 03:04:06 GMT";

    private static HttpRequest get(String fields) throws Exception {
        StringBuilder head = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (String field : fields.isEmpty() ? new String[0] : fields.split("\\|")) {
            head.append(field.replace("BEFORE", BEFORE).replace("AFTER", AFTER).replace("AT", AT)).append("\r\n");
        }
        return new RequestParser().parse(RequestParserTest.input(head.append("\r\n").toString()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        // 13.1.1 If-Match: strong comparison; "*" holds for a current representation.
        "If-Match: \"v2\"; PROCEED",
        "If-Match: \"v1\", \"v2\"; PROCEED",
        "If-Match: *; PROCEED",
        "If-Match: \"v1\"; FAILED",
        "If-Match: W/\"v2\"; FAILED",
        "If-Match: v2; FAILED",
        "If-Match: \"v1\"|If-Match: \"v2\"; PROCEED",
        // 13.1.4 If-Unmodified-Since: false when modified after the date; ignored if not one valid date.
        "If-Unmodified-Since: AT; PROCEED",
        "If-Unmodified-Since: AFTER; PROCEED",
        "If-Unmodified-Since: BEFORE; FAILED",
        "If-Unmodified-Since: not a date; PROCEED",
        "If-Unmodified-Since: BEFORE|If-Unmodified-Since: AFTER; PROCEED",
        // 13.1.2 If-None-Match: weak comparison; a match is 304 for GET and HEAD.
        "If-None-Match: \"v2\"; NOT_MODIFIED",
        "If-None-Match: W/\"v2\"; NOT_MODIFIED",
        "If-None-Match: \"v1\", W/\"v2\"; NOT_MODIFIED",
        "If-None-Match: *; NOT_MODIFIED",
        "If-None-Match: \"v1\"; PROCEED",
        "If-None-Match: \"v2; PROCEED",
        // 13.1.3 If-Modified-Since: 304 unless modified after the date; ignored if not one valid date.
        "If-Modified-Since: AT; NOT_MODIFIED",
        "If-Modified-Since: AFTER; NOT_MODIFIED",
        "If-Modified-Since: BEFORE; PROCEED",
        "If-Modified-Since: Tuesday, 02-Jan-24 03:04:05 GMT; NOT_MODIFIED",
        "If-Modified-Since: Tue Jan  2 03:04:05 2024; NOT_MODIFIED",
        "If-Modified-Since: AT, AT; PROCEED",
        // 13.2.2: If-Match first; If-Unmodified-Since only without it; If-None-Match over If-Modified-Since.
        "If-Match: \"v1\"|If-None-Match: \"v2\"; FAILED",
        "If-Match: \"v2\"|If-Unmodified-Since: BEFORE; PROCEED",
        "If-Match: \"v2\"|If-None-Match: \"v2\"; NOT_MODIFIED",
        "If-Unmodified-Since: BEFORE|If-None-Match: \"v2\"; FAILED",
        "If-None-Match: \"v1\"|If-Modified-Since: AFTER; PROCEED",
        "If-None-Match: \"v2\"|If-Modified-Since: BEFORE; NOT_MODIFIED"})
    void conditionsAreEvaluatedInRfc9110Order(String fields, Outcome expected) throws Exception {
        assertEquals(expected, Preconditions.evaluate(get(fields), ETAG, MODIFIED));
    }

    /** A representation without validators (a listing): only "*" and a non-matching list can be decided. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "If-Match: *; PROCEED",
        "If-Match: \"v2\"; FAILED",
        "If-None-Match: *; NOT_MODIFIED",
        "If-None-Match: \"v2\"; PROCEED",
        "If-Modified-Since: AFTER; PROCEED",
        "If-Unmodified-Since: BEFORE; PROCEED"})
    void withoutValidatorsOnlyWhatCanBeDecidedIs(String fields, Outcome expected) throws Exception {
        assertEquals(expected, Preconditions.evaluate(get(fields), null, Preconditions.NO_DATE));
    }

    /** 13.1.5: the Range applies for this entity tag (strong comparison) or exactly this date; else not. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Range: bytes=0-1; true",
        "If-Range: \"v2\"; true",
        "If-Range: \"v1\"; false",
        "If-Range: W/\"v2\"; false",
        "If-Range: AT; true",
        "If-Range: AFTER; false",
        "If-Range: BEFORE; false",
        "If-Range: \"v2\"|If-Range: \"v2\"; false",
        "If-Range: garbage; false"})
    void ifRangeHoldsOnlyForThisVersion(String fields, boolean expected) throws Exception {
        assertEquals(expected, Preconditions.rangeApplies(get(fields), ETAG, MODIFIED));
    }
}
