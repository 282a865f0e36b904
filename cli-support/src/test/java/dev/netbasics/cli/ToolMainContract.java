package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What every tool's command line does, whatever its commands: a tool's {@code MainTest} extends this with its
 * name and its {@code Main::newCommandLine}.
 */
public abstract class ToolMainContract {

    private final String toolName;
    private final BiFunction<PrintWriter, PrintWriter, CommandLine> factory;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    protected ToolMainContract(String toolName, BiFunction<PrintWriter, PrintWriter, CommandLine> factory) {
        this.toolName = toolName;
        this.factory = factory;
    }

    private int run(String... args) {
        return factory.apply(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void helpListsUsageAndExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: " + toolName), out.toString());
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        assertEquals(0, run("--version"));
        assertEquals(toolName + " " + System.getProperty("project.version"), out.toString().strip());
    }

    @Test
    void everySubcommandHasTheToolsVersion() {
        var commandLine = factory.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        for (var sub : commandLine.getSubcommands().values()) {
            assertEquals(toolName + " " + System.getProperty("project.version"),
                    String.join(" ", sub.getCommandSpec().version()), sub.getCommandName());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }
}
