package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A root command with subcommands, run as every tool's is: it does nothing by itself, and never fails with a trace. */
class ToolProcessTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandSpec root = CommandSpec.wrapWithoutInspection(new Object());
        root.name("tool");
        root.mixinStandardHelpOptions(true);
        root.version("tool 1");
        Callable<Integer> answer = () -> 7;
        root.addSubcommand("answer", new CommandLine(CommandSpec.wrapWithoutInspection(answer)));
        Callable<Integer> broken = () -> {
            throw new InternalError("the image lacks a class");
        };
        root.addSubcommand("broken", new CommandLine(CommandSpec.wrapWithoutInspection(broken)));
        root.addMixin("verbose", CommandSpec.forAnnotatedObject(new VerboseOption()));
        return ToolProcess.execute(
                ToolProcess.newCommandLine(root, new PrintWriter(out, true), new PrintWriter(err, true)), args);
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().startsWith("Missing subcommand\nUsage: tool"), err.toString());
    }

    @Test
    void noSubcommandIsAUsageErrorWithVerboseToo() {
        assertEquals(2, run("--verbose"));
        assertTrue(err.toString().startsWith("Missing subcommand"), err.toString());
    }

    @Test
    void aSubcommandRuns() {
        assertEquals(7, run("answer"));
        assertEquals(7, run("--verbose", "answer"));
        assertEquals(7, run("answer", "--verbose"));
    }

    @Test
    void helpAndVersionNeedNoSubcommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: tool"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().endsWith("tool 1\n"), out.toString());
    }

    /** picocli hands only exceptions to the execution-exception handler; a JVM error must not escape as a trace. */
    @Test
    void anErrorIsOneLineAndStatus1() {
        assertEquals(1, run("broken"));
        assertEquals("Error: the image lacks a class\n", err.toString());
    }

    @Test
    void anErrorShowsItsTraceWithVerbose() {
        assertEquals(1, run("--verbose", "broken"));
        assertTrue(err.toString().startsWith("Error: the image lacks a class\njava.lang.InternalError"), err.toString());
    }
}
