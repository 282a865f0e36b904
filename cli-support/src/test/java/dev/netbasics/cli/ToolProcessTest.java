package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A root command with subcommands, run as every tool's is: it does nothing by itself. */
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
        root.addMixin("verbose", CommandSpec.forAnnotatedObject(new VerboseOption()));
        return ToolProcess.newCommandLine(root, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
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
}
