package dev.netbasics.cli.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectLocationTest {

    /** The field's bytes, as the client reads them (ISO-8859-1), from the UTF-8 a server wrote. */
    private static String received(String written) {
        return new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        "/a b                    => /a%20b",
        "/café                   => /caf%C3%A9",
        "/%41%zz%                => /%41%25zz%25",
        "http://[::1]:8/[x]      => http://[::1]:8/%5Bx%5D",
        "//h/p?q=<1>|x           => //h/p?q=%3C1%3E%7Cx",
        "\"  /trimmed  \"        => /trimmed",
        "/tab\there              => /tab%09here",
    })
    void whatAUriCannotHoldIsPercentEncoded(String written, String expected) {
        assertEquals(expected, RedirectLocation.encode(received(written)));
    }
}
