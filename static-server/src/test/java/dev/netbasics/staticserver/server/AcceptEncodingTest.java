package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 9110, 12.5.3: the coding chosen among br and gzip (offered in that order) from Accept-Encoding; "-" is
 * identity. A missing field is written "(none)".
 */
class AcceptEncodingTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // no field: no preference is assumed, identity is sent, as nginx does
        "(none)|-",
        // an empty field: only identity is acceptable
        "''|-",
        "gzip|gzip",
        "x-gzip|gzip",
        "GZIP|gzip",
        "br|br",
        "gzip, br|br",
        "deflate|-",
        // q-values weigh the codings (12.4.2); q=0 is "not acceptable"
        "br;q=0.5, gzip;q=0.8|gzip",
        "br;q=0, gzip|gzip",
        "gzip;q=0|-",
        "gzip;q=1.0, br;q=0.999|gzip",
        "gzip;Q=0.5|gzip",
        // identity weighed as well: it wins over a coding it outweighs
        "gzip;q=0.5, identity|-",
        "gzip;q=0.5, identity;q=0.4|gzip",
        // * stands for every coding not named
        "*|br",
        "*;q=0.5, br;q=0|gzip",
        "*;q=0|-",
        "identity;q=0, *|br",
        // identity excluded and nothing else acceptable: identity is still sent (no 406)
        "identity;q=0|-",
        // a malformed q-value leaves its entry out
        "br;q=2, gzip|gzip",
        "br;q=0.1234|-",
        "br;level=5|-",
    })
    void theBestAcceptableCodingIsChosen(String header, String expected) {
        String chosen = AcceptEncoding.choose(header.equals("(none)") ? null : header, List.of("br", "gzip"));
        assertEquals(expected.equals("-") ? null : expected, chosen);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"br|-", "gzip, br|gzip", "*|gzip"})
    void onlyTheCodingsOnOfferAreChosen(String header, String expected) {
        assertEquals(expected.equals("-") ? null : expected, AcceptEncoding.choose(header, List.of("gzip")));
    }
}
