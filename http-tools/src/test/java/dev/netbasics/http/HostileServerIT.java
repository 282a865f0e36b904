package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.HostileHttpAnswers;
import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.ScriptedHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cli-support's battery of hostile and broken answers (RFC 9112 §2-§7, RFC 9110 §5, §8.6, §15), each sent raw by a
 * scripted server on loopback, through every output mode of {@code get}: what must be refused is refused with the
 * same exit code and words in each, nothing saved; what must be taken comes through byte for byte.
 */
class HostileServerIT {

    @AutoClose
    final ScriptedHttpServer server = ScriptedHttpServer.start();

    @TempDir
    Path dir;

    /** The output modes; the headers-only one reads no body, so it meets only the faults of the head. */
    static Stream<Arguments> refusals() {
        List<Arguments> all = new ArrayList<>();
        HostileHttpAnswers.refused().forEach(refused -> {
            for (String mode : List.of("-i", "-o", "--json-output", "headers only")) {
                if (refused.inHead() || !mode.equals("headers only")) {
                    all.add(Arguments.of(refused, mode));
                }
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, get {1}")
    @MethodSource("refusals")
    void aBrokenAnswerIsOneClearErrorInEveryMode(HostileHttpAnswers.Refused refused, String mode) throws Exception {
        server.answer("/x", refused.bytes());
        Path file = dir.resolve("saved");
        List<String> args = new ArrayList<>(List.of("get", server.url("/x")));
        switch (mode) {
            case "-o" -> args.addAll(List.of("-o", file.toString()));
            case "headers only" -> { }
            default -> args.add(mode);
        }
        PackagedTool.Result run = PackagedTool.of(args.toArray(String[]::new)).run();
        assertEquals(refused.exitCode(), run.status(), run.err());
        assertTrue(run.err().startsWith("Error: request to 127.0.0.1:" + server.port() + " failed: "), run.err());
        assertTrue(run.err().contains(refused.error()), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing saved, no partial file");
        }
    }

    static Stream<HostileHttpAnswers.Taken> taken() {
        return HostileHttpAnswers.taken();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taken")
    void aValidAnswerIsTakenByteForByte(HostileHttpAnswers.Taken taken) throws Exception {
        server.answer("/x", taken.bytes());
        Path file = dir.resolve("saved");
        PackagedTool.Result saved = PackagedTool.of("get", server.url("/x"), "-o", file.toString()).run();
        assertEquals(0, saved.status(), saved.err());
        assertArrayEquals(taken.bodyBytes(), Files.readAllBytes(file));
        PackagedTool.Result piped = PackagedTool.of("get", server.url("/x"), "-o", "-").run();
        assertEquals(0, piped.status(), piped.err());
        assertArrayEquals(taken.bodyBytes(), piped.out());
        PackagedTool.Result json = PackagedTool.of("get", server.url("/x"), "--json-output").run();
        assertEquals(0, json.status(), json.err());
        String expected = Base64.getEncoder().encodeToString(taken.bodyBytes());
        assertTrue(json.outAsUtf8().contains("\"body_base64\":\"" + expected + "\"")
                || json.outAsUtf8().contains("\"body\":\"" + taken.body() + "\""), json.outAsUtf8());
        PackagedTool.Result included = PackagedTool.of("get", "-i", server.url("/x")).run();
        assertEquals(0, included.status(), included.err());
        byte[] out = included.out();
        byte[] tail = java.util.Arrays.copyOfRange(out, out.length - taken.bodyBytes().length, out.length);
        assertArrayEquals(taken.bodyBytes(), tail);
        assertFalse(included.outAsUtf8().isEmpty());
    }
}
