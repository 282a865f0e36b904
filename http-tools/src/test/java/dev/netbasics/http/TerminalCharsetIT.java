package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.build.PackagedTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool under the C locale prints response text as UTF-8, not as '?' for every non-ASCII letter. */
class TerminalCharsetIT {

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
        PackagedTool.Result run = PackagedTool.runInCLocale(new byte[0],
                "post", httpbin.url("/post"), "-d", "@" + body);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().contains("\"data\": \"" + TEXT + "\""), run.outAsUtf8());
        assertTrue(new String(run.out(), StandardCharsets.US_ASCII).indexOf('?') < 0, run.outAsUtf8());
    }
}
