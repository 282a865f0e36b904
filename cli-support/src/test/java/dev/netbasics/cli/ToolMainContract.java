package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/**
 * What every tool's command line does, whatever its commands: a tool's {@code MainTest} extends this with its
 * name, its {@code Main::newCommandLine}, its root command and its generated {@code CommandModel::of} (the model
 * the tool runs must be picocli's model of the root's annotations).
 */
public abstract class ToolMainContract {

    private final String toolName;
    private final BiFunction<PrintWriter, PrintWriter, CommandLine> factory;
    private final Supplier<CommandLine> annotated;
    private final Supplier<CommandLine> generated;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** {@code root} makes a fresh annotated root command, {@code model} is the tool's {@code CommandModel::of}. */
    protected <T> ToolMainContract(String toolName, BiFunction<PrintWriter, PrintWriter, CommandLine> factory,
            Supplier<T> root, Function<T, CommandSpec> model) {
        this.toolName = toolName;
        this.factory = factory;
        this.annotated = () -> new CommandLine(root.get());
        this.generated = () -> new CommandLine(model.apply(root.get()));
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

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        CommandModelParity.assertSameModel(annotated.get(), generated.get());
    }

    @Test
    void subcommandsKnowTheirParentCommand() throws IllegalAccessException {
        var commandLine = factory.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        for (var sub : commandLine.getSubcommands().values()) {
            for (Class<?> type = sub.getCommand().getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(ParentCommand.class)) {
                        field.setAccessible(true);
                        assertSame(commandLine.getCommand(), field.get(sub.getCommand()),
                                sub.getCommandName() + "." + field.getName());
                    }
                }
            }
        }
    }
}
