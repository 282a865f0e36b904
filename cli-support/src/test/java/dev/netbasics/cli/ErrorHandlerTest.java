package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketTimeoutException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class ErrorHandlerTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Exception failure, FailureReport failures, String... args) {
        Callable<Integer> failing = () -> {
            throw failure;
        };
        CommandSpec spec = CommandSpec.wrapWithoutInspection(failing);
        spec.name("tool");
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class).build());
        return ToolProcess.newCommandLine(spec, new PrintWriter(out, true), new PrintWriter(err, true), failures)
                .execute(args);
    }

    @Test
    void aToolExceptionIsOneLineWithItsOwnExitCode() {
        assertEquals(22, run(new ToolException(22, "HTTP 404"), new FailureReport() { }));
        assertEquals("Error: HTTP 404\n", err.toString());
    }

    @Test
    void anyOtherFailureExitsWith1AndNamesItsTypeWhenItHasNoMessage() {
        assertEquals(1, run(new IllegalStateException(), new FailureReport() { }));
        assertEquals("Error: IllegalStateException\n", err.toString());
    }

    @Test
    void aToolsReportDecidesForOtherFailures() {
        FailureReport timeouts = new FailureReport() {
            @Override
            public int exitCode(Exception failure) {
                return failure instanceof SocketTimeoutException ? 5 : ExitCode.FAILURE;
            }

            @Override
            public String message(Exception failure) {
                return "timed out: " + failure.getMessage();
            }
        };
        assertEquals(5, run(new SocketTimeoutException("Read timed out"), timeouts));
        assertEquals("Error: timed out: Read timed out\n", err.toString());
    }

    @Test
    void theStackTraceOnlyWithDebug() {
        run(new IllegalStateException("broken"), new FailureReport() { }, "--debug");
        assertTrue(err.toString().startsWith("Error: broken\njava.lang.IllegalStateException: broken\n"), err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }
}
