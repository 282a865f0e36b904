package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the C locale (no LANG, as in many containers) the packaged tool reads its arguments and writes its text as
 * UTF-8, as Python does there (PEP 538, PEP 540), never '?' for every letter beyond ASCII.
 */
class CLocaleIT {

    @TempDir
    Path directory;

    @Test
    void unquotedTextIsPrintedAsUtf8() {
        ToolRun run = ToolRun.inCLocale("unquote", "caf%C3%A9%2C%201%20%E2%82%AC%20%F0%9F%98%80");
        assertEquals(0, run.status(), run.err());
        assertEquals("café, 1 € 😀\n", run.outText());
    }

    /** The JVM would take the argument for ASCII there, and quote each byte's U+FFFD: %EF%BF%BD%EF%BF%BD. */
    @Test
    void argumentsAreReadAsUtf8() {
        ToolRun quote = ToolRun.inCLocale("quote", "ü", "/ä ö");
        assertEquals(0, quote.status(), quote.err());
        assertEquals("%C3%BC\n/%C3%A4%20%C3%B6\n", quote.outText());
        ToolRun parse = ToolRun.inCLocale("parse", "--split", "http://bücher.example/ä");
        assertEquals("SplitResult(scheme='http', netloc='bücher.example', path='/ä', query='', fragment='')\n"
                + "username=None\npassword=None\nhostname='bücher.example'\nport=None\n", parse.outText());
    }

    @Test
    void robotsAnswersNameThePathsInUtf8() {
        ToolRun run = ToolRun.inCLocale("robots", "data:,User-agent:%20*%0ADisallow:%20/%C3%A4", "/ä", "/ö");
        assertEquals(3, run.status(), run.err());
        assertEquals("disallowed /ä\nallowed /ö\n", run.outText());
    }

    /**
     * A file name beyond ASCII opens as it does for Python: the native executable keeps the UTF-8 file names of the
     * locale it was built in. The JVM gets them from dist's launcher, which makes the C locale C.UTF-8; plain
     * {@code java -jar}, as run here, takes them for ASCII, and then says so in urllib's words.
     */
    @Test
    void fileNamesAreUtf8() throws IOException {
        // A file: URI makes the name from its UTF-8 bytes, whatever the file names of this JVM's locale.
        String url = directory.toUri() + "caf%C3%A9%20%E2%82%AC.txt";
        Files.writeString(Path.of(URI.create(url)), "hé\n");
        ToolRun run = ToolRun.inCLocale("read", url);
        if (PackagedTool.isNative()) {
            assertEquals(0, run.status(), run.err());
            assertEquals("hé\n", new String(run.out(), StandardCharsets.UTF_8));
        } else {
            assertEquals(1, run.status());
            assertEquals("Error: <urlopen error file name not encodable in this locale's charset (ANSI_X3.4-1968), try"
                    + " LC_ALL=C.UTF-8: '" + directory + "/café €.txt'>\n",
                    run.err());
        }
    }
}
