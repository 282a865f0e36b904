package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netbasics.cli.PackagedTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool in a process of its own. Under the C locale, response text comes out as UTF-8, not as '?'
 * for every non-ASCII letter, and streams through, however large; proxies come from the environment; on a
 * (pseudo-)terminal, a binary body, escape sequences and all, gives way to a note.
 */
class PackagedJarIT {

    private static final String TEXT = "café, 1 € (Grüße, 😀)";

    @TempDir
    Path dir;

    private TestHttpbin httpbin;

    @BeforeEach
    void start() throws Exception {
        httpbin = TestHttpbin.plain();
    }

    @AfterEach
    void stop() {
        httpbin.close();
    }

    @Test
    void responseBodiesKeepTheirNonAsciiText() throws Exception {
        Path body = Files.writeString(dir.resolve("body.txt"), TEXT);
        PackagedTool.Result run = PackagedTool.of("post", httpbin.url("/post"), "-d", "@" + body).inCLocale().run();
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().contains("\"data\": \"" + TEXT + "\""), run.outAsUtf8());
        assertTrue(new String(run.out(), StandardCharsets.US_ASCII).indexOf('?') < 0, run.outAsUtf8());
    }

    @Test
    void aBodyLargerThanTheHeapIsStreamedThrough() {
        int lines = 1_000_000;
        PackagedTool.Result run = PackagedTool.of("get", "-i", httpbin.url("/stream-lines/" + lines)).inCLocale()
                .maxHeap("24m").run();
        assertEquals(0, run.status(), run.err());
        String out = run.outAsUtf8();
        String body = out.substring(out.indexOf("\n\n") + 2);
        assertEquals(lines, body.lines().count());
        assertTrue(body.lines().allMatch(TestHttpbin.LINE::equals), "a line was changed");
    }

    /** Each URL of a redirect chain gets its own proxy decision, in both JDK clients. */
    @Test
    void aRedirectOutOfNoProxyGoesThroughTheProxy() {
        Map<String, String> environment = Map.of("http_proxy", "127.0.0.1:" + httpbin.port(),
                "no_proxy", "127.0.0.1");
        for (String protocol : new String[] {"--http1.1", "--http2"}) {
            PackagedTool.Result run = PackagedTool.of("get", "-i", "-L", protocol,
                    httpbin.url("/redirect-to/proxied.invalid")).inCLocale().environment(environment).run();
            assertEquals(0, run.status(), protocol + ": " + run.err());
            assertTrue(run.outAsUtf8().contains("\"Host\": \"proxied.invalid\""), protocol + ": " + run.outAsUtf8());
        }
    }

    @Test
    void binaryBodiesAreNotShownOnATerminal() {
        assumeTrue(Files.isExecutable(PackagedTool.TERMINAL), "needs util-linux script for a pseudo-terminal");
        PackagedTool.Result run = PackagedTool.of("get", "-i", httpbin.url("/binary")).runOnTerminal();
        String screen = run.outAsUtf8().replace("\r\n", "\n");
        assertEquals(0, run.status(), screen);
        assertTrue(screen.contains("\n\nreadable text\n\n" + ResponseOutput.BINARY_NOTE + "\n"), screen);
        assertFalse(screen.contains("\u001b"), "an escape sequence reached the terminal:\n" + screen);
    }
}
