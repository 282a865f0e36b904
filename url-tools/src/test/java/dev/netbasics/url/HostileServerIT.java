package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.HostileHttpAnswers;
import dev.netbasics.cli.ScriptedHttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cli-support's battery of hostile and broken answers, the same http-tools meets, sent raw by a scripted server on
 * loopback to {@code read}, {@code read --repr} and {@code headers}: a refusal is the same exit code and words as
 * in http-tools, a valid answer comes through byte for byte.
 */
class HostileServerIT {

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    static Stream<Arguments> refusals() {
        List<Arguments> all = new ArrayList<>();
        HostileHttpAnswers.refused().forEach(refused -> {
            for (String mode : List.of("read", "read --repr", "headers")) {
                if (refused.inHead() || !mode.equals("headers")) {
                    all.add(Arguments.of(refused, mode));
                }
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("refusals")
    void aBrokenAnswerIsOneClearErrorInEveryMode(HostileHttpAnswers.Refused refused, String mode) {
        server.answer("/x", refused.bytes());
        List<String> args = new ArrayList<>(List.of(mode.split(" ")));
        args.add(server.url("/x"));
        ToolRun run = ToolRun.run(args.toArray(String[]::new));
        assertEquals(refused.exitCode(), run.status(), run.toString());
        assertTrue(run.err().startsWith("Error: request to 127.0.0.1:" + server.port() + " failed: "), run.err());
        assertTrue(run.err().contains(refused.error()), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    static Stream<HostileHttpAnswers.Taken> taken() {
        return HostileHttpAnswers.taken();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taken")
    void aValidAnswerIsTakenByteForByte(HostileHttpAnswers.Taken taken) {
        server.answer("/x", taken.bytes());
        // --ignore-status: urllib's HTTPError for the 304 is not what this case is about
        ToolRun run = ToolRun.run("read", "--ignore-status", server.url("/x"));
        assertEquals(0, run.status(), run.toString());
        assertArrayEquals(taken.bodyBytes(), run.out());
    }
}
