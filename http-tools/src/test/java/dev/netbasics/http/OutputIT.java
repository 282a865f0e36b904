package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What reaches the user's pipe or terminal from the packaged tool: text in the charset the server names, UTF-8
 * under the C locale rather than '?' for every non-ASCII letter, a body larger than the heap streamed through, and
 * on a (pseudo-)terminal a progress bar for downloads and a note instead of binary data.
 */
class OutputIT {

    private static final String TEXT = "café, 1 € (Grüße, 😀)";

    @TempDir
    Path dir;

    @RegisterExtension
    final TestHttpbin httpbin = TestHttpbin.plain();

    @Test
    void responseBodiesKeepTheirNonAsciiTextUnderTheCLocale() throws Exception {
        Path body = Files.writeString(dir.resolve("body.txt"), TEXT);
        PackagedTool.Result run = PackagedTool.of("post", httpbin.url("/post"), "-d", "@" + body).inCLocale().run();
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outAsUtf8().contains("\"data\": \"" + TEXT + "\""), run.outAsUtf8());
        assertTrue(new String(run.out(), StandardCharsets.US_ASCII).indexOf('?') < 0, run.outAsUtf8());
    }

    /**
     * On a terminal, the body is text in the charset the server names, shown in the terminal's (UTF-8 under the C
     * locale); the legacy charsets are not in a native image unless it is built with them all.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO-8859-1   | Grüße, café, ½ × ¾",
        "UTF-16       | UTF-16 with its byte order mark: Grüße €",
        "UTF-16LE     | UTF-16LE: Grüße €",
        "windows-1252 | “smart quotes” – €1 – café",
        "ISO-8859-15  | €uro, œuvre",
        "KOI8-R       | Привет, мир",
        "Shift_JIS    | 日本語のテキスト",
        "GB18030      | 中文文本",
    })
    void onATerminalBodiesAreDecodedInTheCharsetTheServerNames(String charset, String text) {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "util-linux (script)");
        PackagedTool.Result run = PackagedTool.of("get", "-i", httpbin.textIn(charset, text)).inCLocale()
                .runOnTerminal();
        assertEquals(0, run.status(), run.outAsUtf8());
        assertTrue(run.outAsUtf8().endsWith("\r\n\r\n" + text), charset + ": " + run.outAsUtf8());
    }

    /** A pipe gets the body as curl and sys.stdout.buffer give it: the server's bytes, not decoded and re-encoded. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO-8859-1   | Grüße, café, ½ × ¾",
        "KOI8-R       | Привет, мир",
        "UTF-16LE     | UTF-16LE: Grüße €",
    })
    void throughAPipeBodiesAreTheServersBytes(String charset, String text) {
        PackagedTool.Result run = PackagedTool.of("get", "-o", "-", httpbin.textIn(charset, text)).run();
        assertEquals(0, run.status(), run.err());
        assertArrayEquals(text.getBytes(Charset.forName(charset)), run.out());
    }

    @Test
    void binaryBodiesThroughAPipeAreByteForByte() {
        PackagedTool.Result run = PackagedTool.of("get", "-i", httpbin.url("/bytes/300000")).run();
        assertEquals(0, run.status(), run.err());
        byte[] out = run.out();
        byte[] body = java.util.Arrays.copyOfRange(out, out.length - 300_000, out.length);
        assertArrayEquals(TestHttpbin.bytes(300_000), body);
        String head = new String(out, 0, out.length - 300_000, StandardCharsets.UTF_8);
        assertTrue(head.startsWith("Status: 200\nHeaders: [") && head.endsWith("]\n\n"), head);
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

    @Test
    void binaryBodiesAreNotShownOnATerminal() {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "util-linux (script)");
        PackagedTool.Result run = PackagedTool.of("get", "-i", httpbin.url("/binary")).runOnTerminal();
        String screen = run.outAsUtf8().replace("\r\n", "\n");
        assertEquals(0, run.status(), screen);
        assertTrue(screen.contains("\n\nreadable text\n\n" + ResponseOutput.BINARY_NOTE + "\n"), screen);
        assertFalse(screen.contains("\u001b"), "an escape sequence reached the terminal:\n" + screen);
    }

    @Test
    void aDownloadDrawsItsProgressOnATerminal() throws Exception {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "util-linux (script)");
        Path target = dir.resolve("download.bin");
        PackagedTool.Result run = PackagedTool.of("get", "-o", target.toString(), httpbin.url("/bytes/300000"))
                .runOnTerminal();
        String screen = run.outAsUtf8();
        assertEquals(0, run.status(), screen);
        assertTrue(screen.contains("\r[" + "#".repeat(30) + "] 100% 293.0 KiB\r\n"), screen);
        assertArrayEquals(TestHttpbin.bytes(300_000), Files.readAllBytes(target));
    }
}
