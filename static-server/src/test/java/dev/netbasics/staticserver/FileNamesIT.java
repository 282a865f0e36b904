package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as the file system has them, whatever the locale: a name that is not UTF-8 is listed with its own
 * bytes and linked by their percent-encoding, and that link opens exactly it; UTF-8 names are served under
 * the C locale too. Log lines carry local time in the process's time zone, HTTP dates GMT in English.
 */
class FileNamesIT {

    /** The bytes of CPython's test name for an undecodable file: {@code @test_tmp\xe7w\xf0.txt}. */
    private static final String UNDECODABLE = "%40test_tmp%E7w%F0.txt";
    private static final byte[] UNDECODABLE_BYTES = {'@', 't', 'e', 's', 't', '_', 't', 'm', 'p', (byte) 0xe7, 'w',
            (byte) 0xf0, '.', 't', 'x', 't'};

    @TempDir
    Path root;

    @BeforeEach
    void files() throws Exception {
        // A file: URI is the one way to a name that is not UTF-8 from Java, whatever sun.jnu.encoding is.
        Files.writeString(Path.of(URI.create(root.toUri() + UNDECODABLE)), "not UTF-8");
        Files.writeString(Path.of(URI.create(root.toUri() + "unicod%C3%A9%20file.txt")), "grüße\n");
        Files.createDirectory(Path.of(URI.create(root.toUri() + "dir%E9")));
        Files.writeString(Path.of(URI.create(root.toUri() + "dir%E9/inner.txt")), "inner");
    }

    @Test
    void namesThatAreNotUtf8AreListedAndServed() throws Exception {
        try (ServerProcess server = ServerProcess.serve(root)) {
            assertServesEveryName(server);
        }
    }

    @Test
    void everyNameIsServedUnderTheCLocale() throws Exception {
        try (ServerProcess server = ServerProcess.start(ServerProcess.tool(root).inCLocale())) {
            assertServesEveryName(server);
        }
    }

    private static void assertServesEveryName(ServerProcess server) throws Exception {
        RawResponse listing = server.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(200, listing.status());
        String page = new String(listing.body(), StandardCharsets.ISO_8859_1);
        assertTrue(page.contains("<li><a href=\"" + UNDECODABLE + "\">"
                + new String(UNDECODABLE_BYTES, StandardCharsets.ISO_8859_1) + "</a></li>"), page);
        assertTrue(page.contains("<li><a href=\"dir%E9/\">dir\u00e9/</a></li>"), page);
        assertTrue(new String(listing.body(), StandardCharsets.UTF_8)
                .contains("<li><a href=\"unicod%C3%A9%20file.txt\">unicodé file.txt</a></li>"), page);

        assertEquals("not UTF-8", server.exchange("GET /" + UNDECODABLE + " HTTP/1.1\r\nHost: x\r\n\r\n").text());
        assertEquals("grüße\n", server.exchange("GET /unicod%C3%A9%20file.txt HTTP/1.1\r\nHost: x\r\n\r\n").text());
        assertEquals("inner", server.exchange("GET /dir%E9/inner.txt HTTP/1.1\r\nHost: x\r\n\r\n").text());
        RawResponse redirect = server.exchange("GET /dir%e9?q=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(301, redirect.status());
        assertEquals("/dir%E9/?q=1", redirect.header("location"));
        RawResponse inner = server.exchange("GET /dir%E9/ HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(new String(inner.body(), StandardCharsets.ISO_8859_1)
                .contains("<title>Directory listing for /dir\u00ef\u00bf\u00bd/</title>"), inner.text());
        // Python's http.server links such a name with each byte as a UTF-8-encoded surrogate.
        assertEquals("not UTF-8", server.exchange(
                "GET /%40test_tmp%ED%B3%A7w%ED%B3%B0.txt HTTP/1.1\r\nHost: x\r\n\r\n").text());
        assertEquals(404, server.exchange("GET /%40test_tmp%E7w%F1.txt HTTP/1.1\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void logTimesAreLocalTimeInTheProcesssTimeZone() throws Exception {
        // Nepal is 5:45 ahead of UTC, all year: no other zone's clock shows the same time.
        ZoneId nepal = ZoneId.of("Asia/Kathmandu");
        try (ServerProcess server = ServerProcess.start(
                ServerProcess.tool(root).inCLocale().environment(Map.of("TZ", "Asia/Kathmandu")))) {
            server.exchange("GET /unicod%C3%A9%20file.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            LocalDateTime now = LocalDateTime.now(nepal);
            String log = server.logContaining("\" 200 -");
            Matcher stamp = Pattern.compile("\\[(\\d\\d/[A-Z][a-z]{2}/\\d{4} \\d\\d:\\d\\d:\\d\\d)]").matcher(log);
            assertTrue(stamp.find(), log);
            LocalDateTime logged = LocalDateTime.parse(stamp.group(1),
                    DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.US));
            assertTrue(Math.abs(ChronoUnit.SECONDS.between(logged, now)) < 60, logged + " vs " + now + " in Nepal");
        }
    }

    /** Under a German locale and a time zone 3:30 behind UTC. */
    @Test
    void httpDatesAreEnglishAndGmtWhateverTheLocale() throws Exception {
        Files.setLastModifiedTime(Path.of(URI.create(root.toUri() + UNDECODABLE)),
                FileTime.from(Instant.parse("2024-03-05T06:07:08Z")));
        try (ServerProcess server = ServerProcess.start(ServerProcess.tool(root).environment(Map.of(
                "LANG", "de_DE.UTF-8", "LC_ALL", "de_DE.UTF-8", "TZ", "America/St_Johns")))) {
            RawResponse response = server.exchange("GET /" + UNDECODABLE + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("Tue, 05 Mar 2024 06:07:08 GMT", response.header("last-modified"));
            assertTrue(response.header("date").matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d "
                    + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT"),
                    response.header("date"));
            assertEquals("not UTF-8", response.text());
            String log = server.logContaining("\" 200 -");
            assertTrue(log.matches("(?s)127\\.0\\.0\\.1 - - \\[\\d\\d/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/"
                    + "\\d{4} \\d\\d:\\d\\d:\\d\\d] .*"), log);
        }
    }

    @Test
    void aListedFileIsFetchedByteForByteByItsLink() throws Exception {
        byte[] data = "bytes\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(Path.of(URI.create(root.toUri() + "dir%E9/%FF%FE.bin")), data);
        try (ServerProcess server = ServerProcess.serve(root)) {
            String page = new String(server.exchange("GET /dir%E9/ HTTP/1.1\r\nHost: x\r\n\r\n").body(),
                    StandardCharsets.ISO_8859_1);
            Matcher link = Pattern.compile("href=\"([^\"]*\\.bin)\"").matcher(page);
            assertTrue(link.find(), page);
            assertArrayEquals(data, server.exchange("GET /dir%E9/" + link.group(1) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .body());
        }
    }
}
