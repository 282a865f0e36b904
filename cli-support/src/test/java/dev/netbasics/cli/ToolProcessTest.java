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
        root.addMixin("debug", CommandSpec.forAnnotatedObject(new DebugOption()));
        return ToolProcess.execute(
                ToolProcess.newCommandLine(root, new PrintWriter(out, true), new PrintWriter(err, true)), args);
    }

    @Test
    void noSubcommandIsAUsageErrorThatNamesThem() {
        assertEquals(2, run());
        assertEquals("Error: missing subcommand (answer, broken)\nTry 'tool --help' for more information.\n",
                err.toString());
    }

    @Test
    void noSubcommandIsAUsageErrorWithDebugToo() {
        assertEquals(2, run("--debug"));
        assertTrue(err.toString().startsWith("Error: missing subcommand"), err.toString());
    }

    @Test
    void aSubcommandRuns() {
        assertEquals(7, run("answer"));
        assertEquals(7, run("--debug", "answer"));
        assertEquals(7, run("answer", "--debug"));
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
    void anErrorShowsItsTraceWithDebug() {
        assertEquals(1, run("--debug", "broken"));
        assertTrue(err.toString().startsWith("Error: the image lacks a class\njava.lang.InternalError"), err.toString());
    }
}
