package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.ScriptedHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that accepts and never answers, stops mid-body, or trickles: the read timeout ends the first two, the
 * whole-exchange limit the third, each with exit 28 in one line, long before the test's own limit.
 */
class StalledServerIT {

    private static final Duration PROMPT = Duration.ofSeconds(15);

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    private PackagedTool.Result timed(String... args) {
        long start = System.nanoTime();
        PackagedTool.Result run = PackagedTool.of(args).run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(PROMPT) < 0, "took " + took);
        assertEquals(ExitCode.TIMEOUT, run.status(), run.err());
        assertEquals("Error: timed out talking to 127.0.0.1:" + server.port() + "\n", run.err());
        return run;
    }

    @ParameterizedTest(name = "get {0}")
    @ValueSource(strings = {"-i", "-o", "--json-output"})
    void aServerThatNeverAnswersTimesOut(String mode) throws Exception {
        server.answer("/silent", (out, s) -> s.stall());
        if (mode.equals("-o")) {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("stall").resolve("x");
            timed("get", "--read-timeout", "1", server.url("/silent"), "-o", file.toString());
        } else {
            timed("get", "--read-timeout", "1", server.url("/silent"), mode);
        }
    }

    @Test
    void aServerThatStopsMidBodyTimesOut() {
        server.answer("/half", (out, s) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhalf".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.stall();
        });
        timed("get", "-i", "--read-timeout", "1", server.url("/half"));
    }

    @Test
    void aServerThatTricklesMeetsTheWholeExchangeLimit() {
        server.answer("/trickle", (out, s) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 1000; i++) {
                out.write('.');
                out.flush();
                Thread.sleep(100);
            }
        });
        timed("get", "-i", "--timeout", "2", server.url("/trickle"));
    }

    @Test
    void theDefaultTimeoutsAreDocumentedAndShown() {
        String help = PackagedTool.of("get", "--help").run().outAsUtf8().replaceAll("\\s+", " ");
        assertTrue(help.contains("--connect-timeout=SECONDS Give up connecting after this long (default: 20;"), help);
        assertTrue(help.contains("--read-timeout=SECONDS Give up when the server sends nothing for this long"
                + " (default: 30;"), help);
    }
}
