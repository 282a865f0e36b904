package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The conformance table ({@link ConformanceCases}) against the packaged server, over HTTP and over HTTPS: every
 * case's answers must be ones its requirement of RFC 9110 or 9112 allows, every answer framed as RFC 9112
 * requires ({@link StrictResponse}), and the request pipelined after it answered exactly, or not at all.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(ConformanceIT.Transport.class)
class ConformanceIT {

    /** The same requests in plain TCP, or in TLS records (--tls, the client trusting the saved certificate). */
    enum Transport {
        HTTP,
        HTTPS
    }

    @TempDir
    static Path root;

    private static ServerProcess server;
    private static ConformanceRun.Connector connector;
    private static Map<String, String> values;

    @Parameter
    Transport transport;

    @BeforeParameterizedClassInvocation
    static void serve(Transport transport) throws Exception {
        Path site = root.resolve(transport.name());
        Files.createDirectory(site);
        ConformanceCases.writeSite(site);
        if (transport == Transport.HTTPS) {
            Path certificate = root.resolve("certificate.pem");
            server = ServerProcess.serve(site, "-q", "--tls", "--tls-save-cert", certificate.toString());
            connector = HttpsClient.trusting(certificate)::connect;
        } else {
            server = ServerProcess.serve(site, "-q");
            connector = ConformanceRun.Connector.PLAIN;
        }
        values = ConformanceRun.values(connector, server.port);
    }

    @AfterParameterizedClassInvocation
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("dev.netbasics.staticserver.ConformanceCases#ALL")
    void answersAsItsRequirementAllows(ConformanceCase testCase) throws Exception {
        ConformanceRun.Outcome outcome = ConformanceRun.run(connector, server.port, testCase, values);
        assertEquals(List.of(), outcome.problems(), testCase.rule() + ": " + testCase.rule().text() + "\nrequest: "
                + StrictResponse.printable(testCase.request()) + "\nanswered: " + outcome.summary());
    }
}
