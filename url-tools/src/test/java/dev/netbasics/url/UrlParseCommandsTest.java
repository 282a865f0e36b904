package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The urllib.parse subcommands through the real command line: output, errors and exit codes. */
class UrlParseCommandsTest {

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private void assertFailure(int exitCode, String message, String... args) {
        assertEquals(exitCode, run(args), err.toString());
        assertEquals("", out.toString());
        assertEquals("Error: " + message + "\n", err.toString());
    }

    @Test
    void parsePrintsTheReprAndTheFourAttributes() {
        assertEquals(0, run("parse", "https://user:pw@Example.COM:8080/a/b;p?q=1#f"));
        assertEquals("""
                ParseResult(scheme='https', netloc='user:pw@Example.COM:8080', path='/a/b', params='p', \
                query='q=1', fragment='f')
                username='user'
                password='pw'
                hostname='example.com'
                port=8080
                """, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void parseShowsNoneAndPythonsQuotingAndEscapes() {
        assertEquals(0, run("parse", "mailto:it's@x\u200b"));
        assertEquals("""
                ParseResult(scheme='mailto', netloc='', path="it's@x\\u200b", params='', query='', fragment='')
                username=None
                password=None
                hostname=None
                port=None
                """, out.toString());
    }

    @Test
    void parseSplitKeepsParamsInThePath() {
        assertEquals(0, run("parse", "--split", "http://[::1%eth0]:80/a;b"));
        assertEquals("""
                SplitResult(scheme='http', netloc='[::1%eth0]:80', path='/a;b', query='', fragment='')
                username=None
                password=None
                hostname='::1%eth0'
                port=80
                """, out.toString());
    }

    @Test
    void parseJsonHasEveryFieldAndNullForNone() {
        assertEquals(0, run("parse", "--json", "http://u@h/p"));
        assertEquals("{\"scheme\":\"http\",\"netloc\":\"u@h\",\"path\":\"/p\",\"params\":\"\",\"query\":\"\","
                + "\"fragment\":\"\",\"username\":\"u\",\"password\":null,\"hostname\":\"h\",\"port\":null,"
                + "\"port_error\":null}\n", out.toString());
        assertEquals(0, run("parse", "--json", "--split", "//h:0"));
        assertEquals("{\"scheme\":\"\",\"netloc\":\"h:0\",\"path\":\"\",\"query\":\"\",\"fragment\":\"\","
                + "\"username\":null,\"password\":null,\"hostname\":\"h\",\"port\":0,\"port_error\":null}\n",
                out.toString());
    }

    @Test
    void parseJsonEscapesWhatJsonMustAndKeepsTheRest() {
        assertEquals(0, run("parse", "--json", "--split", "//h/a\"b\\c\u0001d\u00e9\ud83d\ude00\ud800?q#\u007f"));
        assertEquals("{\"scheme\":\"\",\"netloc\":\"h\",\"path\":\"/a\\\"b\\\\c\\u0001d\u00e9\ud83d\ude00\\uD800\","
                + "\"query\":\"q\",\"fragment\":\"\u007f\",\"username\":null,\"password\":null,\"hostname\":\"h\","
                + "\"port\":null,\"port_error\":null}\n", out.toString());
    }

    /** Python parses these; only reading .port raises (test_urlparse's test_attributes_bad_port and more). */
    @Test
    void aBadPortHidesNothingElseThenFailsWithPythonsMessage() {
        assertEquals(1, run("parse", "http://Server=sde; Service=sde:oracle"));
        assertEquals("""
                ParseResult(scheme='http', netloc='Server=sde; Service=sde:oracle', path='', params='', query='', \
                fragment='')
                username=None
                password=None
                hostname='server=sde; service=sde'
                """, out.toString());
        assertEquals("Error: Port could not be cast to integer value as 'oracle'\n", err.toString());
        assertEquals(1, run("parse", "--split", "https://user:pw@h:65536/p"));
        assertEquals("""
                SplitResult(scheme='https', netloc='user:pw@h:65536', path='/p', query='', fragment='')
                username='user'
                password='pw'
                hostname='h'
                """, out.toString());
        assertEquals("Error: Port out of range 0-65535\n", err.toString());
        for (String port : new String[] {"foo", "1.5", "-1", "0x10", "-0", "1_1", " 1", "1 ", "\u0966"}) {
            String url = "http://www.example.net:" + port + "/";
            assertEquals(1, run("parse", url), url);
            assertTrue(out.toString().startsWith("ParseResult(scheme='http', netloc='www.example.net:" + port
                    + "', path='/', params=''"), out.toString());
            assertTrue(out.toString().endsWith(
                    "\nusername=None\npassword=None\nhostname='www.example.net'\n"), out.toString());
            assertEquals("Error: Port could not be cast to integer value as '" + port + "'\n", err.toString());
            assertEquals(1, run("parse", "--split", url), url);
            assertTrue(out.toString().startsWith("SplitResult(scheme='http'"), out.toString());
            assertEquals("Error: Port could not be cast to integer value as '" + port + "'\n", err.toString());
        }
    }

    @Test
    void aBadPortIsAValueInTheJsonDocument() {
        assertEquals(0, run("parse", "--json", "http://u@www.example.net:0x10/"));
        assertEquals("{\"scheme\":\"http\",\"netloc\":\"u@www.example.net:0x10\",\"path\":\"/\",\"params\":\"\","
                + "\"query\":\"\",\"fragment\":\"\",\"username\":\"u\",\"password\":null,"
                + "\"hostname\":\"www.example.net\",\"port\":null,"
                + "\"port_error\":\"Port could not be cast to integer value as '0x10'\"}\n", out.toString());
        assertEquals("", err.toString());
        assertEquals(0, run("parse", "--json", "--split", "//h:99999"));
        assertTrue(out.toString().endsWith("\"port\":null,\"port_error\":\"Port out of range 0-65535\"}\n"),
                out.toString());
    }

    @Test
    void parseErrorsArePythonsValueErrorsOnOneLine() {
        assertFailure(1, "Invalid IPv6 URL", "parse", "http://[::1/");
        assertFailure(1, "Invalid IPv6 URL", "parse", "--split", "http://[::1]x/");
        assertFailure(1, "'::g' does not appear to be an IPv4 or IPv6 address", "parse", "--json", "http://[::g]/");
        assertFailure(1, "An IPv4 address cannot be in brackets", "parse", "http://[127.0.0.1]/");
        assertFailure(1, "netloc 'a\u2100b' contains invalid characters under NFKC normalization",
                "parse", "http://a\u2100b/");
    }

    @Test
    void quoteAndQuotePlusPrintOneLinePerArgument() {
        assertEquals(0, run("quote", "/a b/\u00e9", "100%", "~_.-"));
        assertEquals("/a%20b/%C3%A9\n100%25\n~_.-\n", out.toString());
        assertEquals(0, run("quote", "--safe", ":/", "http://h/a b"));
        assertEquals("http://h/a%20b\n", out.toString());
        assertEquals(0, run("quote", "--safe=", "/a"));
        assertEquals("%2Fa\n", out.toString());
        assertEquals(0, run("quote-plus", "a b+c/d"));
        assertEquals("a+b%2Bc%2Fd\n", out.toString());
        assertEquals(0, run("quote-plus", "--safe", "/+", "a b+c/d"));
        assertEquals("a+b+c/d\n", out.toString());
        assertEquals(0, run("quote", "--", "-x"));
        assertEquals("-x\n", out.toString());
    }

    @Test
    void unquoteReplacesInvalidUtf8AsPythonDoes() {
        assertEquals(0, run("unquote", "caf%C3%A9", "%E2%82", "%F0%9F%98%80%ZZ", "a+b"));
        assertEquals("caf\u00e9\n\ufffd\n\ud83d\ude00%ZZ\na+b\n", out.toString());
        assertEquals(0, run("unquote-plus", "a+b%2B", "%e0%80%af"));
        assertEquals("a b+\n\ufffd\ufffd\ufffd\n", out.toString());
    }

    @Test
    void urlencodeKeepsOrderAndRepeatedKeys() {
        assertEquals(0, run("urlencode", "q=a b", "q=x=y", "\u00e9=", "path=/p"));
        assertEquals("q=a+b&q=x%3Dy&%C3%A9=&path=%2Fp\n", out.toString());
        assertEquals(0, run("urlencode", "--safe", "/", "path=/p"));
        assertEquals("path=/p\n", out.toString());
        assertEquals(2, run("urlencode", "a=1", "novalue"));
        assertTrue(err.toString().startsWith("Error: expected KEY=VALUE, got 'novalue'\n"), err.toString());
    }

    @Test
    void joinResolvesLikeRfc3986AndPython() {
        assertEquals(0, run("join", "http://a/b/c/d;p?q", "../../../g"));
        assertEquals("http://a/g\n", out.toString());
        assertEquals(0, run("join", "http://a/b/c/d;p?q", "?y"));
        assertEquals("http://a/b/c/d;p?y\n", out.toString());
        assertEquals(0, run("join", "git://h/a/b", "c"));
        assertEquals("c\n", out.toString());
        assertFailure(1, "Invalid IPv6 URL", "join", "http://a/", "//[::1/");
        assertEquals(2, run("join", "http://a/"));
        assertTrue(err.toString().startsWith("Error: missing required parameter: 'REF'\n"), err.toString());
    }

    @Test
    void splitQueryPrintsPythonsListOfTuples() {
        assertEquals(0, run("split-query", "a=1&b=&c&d=%C3%A9+x"));
        assertEquals("[('a', '1'), ('d', '\u00e9 x')]\n", out.toString());
        assertEquals(0, run("split-query", "--keep-blank-values", "a=1&b=&c"));
        assertEquals("[('a', '1'), ('b', ''), ('c', '')]\n", out.toString());
        assertEquals(0, run("split-query", "--separator", ";", "a=1;b=2&c=3"));
        assertEquals("[('a', '1'), ('b', '2&c=3')]\n", out.toString());
        assertEquals(0, run("split-query", ""));
        assertEquals("[]\n", out.toString());
    }

    @Test
    void splitQueryErrorsAreThoseOfPython() {
        assertFailure(1, "bad query field: 'b'", "split-query", "--strict-parsing", "a=1&b");
        assertFailure(1, "bad query field: ''", "split-query", "--strict-parsing", "a=1&&b=2");
        assertFailure(1, "Max number of fields exceeded", "split-query", "--max-num-fields", "2", "a&b&c");
        assertFailure(1, "Separator must be of type string or bytes.", "split-query", "--separator=", "a=1");
        assertEquals(2, run("split-query", "--max-num-fields", "many", "a"));
        assertTrue(err.toString().contains("'many' is not an int"), err.toString());
    }

    @Test
    void stackTracesOnlyWithDebug() {
        assertEquals(1, run("parse", "--debug", "http://h:99999/"));
        assertTrue(err.toString().startsWith("Error: Port out of range 0-65535\n"), err.toString());
        assertTrue(err.toString().contains("at dev.netbasics.url.parse.NetlocAttributes.port"), err.toString());
        assertEquals(1, run("parse", "http://h:99999/"));
        assertEquals("Error: Port out of range 0-65535\n", err.toString());
    }

    @Test
    void helpListsTheParseSubcommands() {
        assertEquals(0, run("--help"));
        for (String name : new String[] {"parse", "join", "quote", "quote-plus", "unquote", "unquote-plus",
            "urlencode", "split-query"}) {
            assertTrue(out.toString().contains("\n  " + name + " "), name + " missing from:\n" + out);
        }
        assertEquals(0, run("split-query", "--help"));
        assertTrue(out.toString().contains("--keep-blank-values"), out.toString());
        assertEquals(2, run("quote"));
        assertTrue(err.toString().startsWith("Error: missing required parameter: 'STRING'\n"), err.toString());
    }
}
