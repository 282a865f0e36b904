package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance table ({@link ConformanceCases}) against the packaged server: every case's answers must be
 * ones its requirement of RFC 9110 or 9112 allows, every answer framed as RFC 9112 requires
 * ({@link StrictResponse}), and the request pipelined after it answered exactly, or not at all.
 */
class ConformanceIT {

    @TempDir
    static Path root;

    private static ServerProcess server;
    private static Map<String, String> values;

    @BeforeAll
    static void serve() throws Exception {
        ConformanceCases.writeSite(root);
        server = ServerProcess.serve(root, "-q");
        values = ConformanceRun.values(server.port);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("dev.netbasics.staticserver.ConformanceCases#ALL")
    void answersAsItsRequirementAllows(ConformanceCase testCase) throws Exception {
        ConformanceRun.Outcome outcome = ConformanceRun.run(server.port, testCase, values);
        assertEquals(List.of(), outcome.problems(), testCase.rule() + ": " + testCase.rule().text() + "\nrequest: "
                + StrictResponse.printable(testCase.request()) + "\nanswered: " + outcome.summary());
    }
}
