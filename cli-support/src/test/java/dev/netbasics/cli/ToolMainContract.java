package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/**
 * What every tool's command line does, whatever its commands: a tool's {@code MainTest} extends this with its
 * name, the names of its subcommands (none for static-server), its {@code Main::newCommandLine}, its root
 * command and its generated {@code CommandModel::of} (the model the tool runs must be picocli's model of the
 * root's annotations). Each check holds for every command, the root included, so a tool without subcommands is
 * checked as fully as one with five.
 */
public abstract class ToolMainContract {

    private static final Pattern EXIT_CODE_LINE = Pattern.compile("^ {1,4}(\\d{1,3}) +\\S", Pattern.MULTILINE);

    private final String toolName;
    private final List<String> subcommandNames;
    private final BiFunction<PrintWriter, PrintWriter, CommandLine> factory;
    private final Supplier<CommandLine> annotated;
    private final Supplier<CommandLine> generated;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** {@code root} makes a fresh annotated root command, {@code model} is the tool's {@code CommandModel::of}. */
    protected <T> ToolMainContract(String toolName, List<String> subcommandNames,
            BiFunction<PrintWriter, PrintWriter, CommandLine> factory, Supplier<T> root,
            Function<T, CommandSpec> model) {
        this.toolName = toolName;
        this.subcommandNames = subcommandNames;
        this.factory = factory;
        this.annotated = () -> new CommandLine(root.get());
        this.generated = () -> new CommandLine(model.apply(root.get()));
    }

    private int run(List<String> command, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(command.subList(1, command.size()));
        all.addAll(List.of(args));
        return factory.apply(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    /** Every command as the words that run it: {@code [tool]}, {@code [tool, get]}, ... */
    private List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of(toolName));
        for (String sub : factory.apply(new PrintWriter(out), new PrintWriter(err)).getSubcommands().keySet()) {
            commands.add(List.of(toolName, sub));
        }
        return commands;
    }

    @Test
    void hasExactlyItsDocumentedSubcommands() {
        var commandLine = factory.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(subcommandNames, List.copyOf(commandLine.getSubcommands().keySet()));
    }

    @Test
    void everyCommandsHelpListsTheExitCodesOfTheProjectTable() {
        for (List<String> command : commands()) {
            assertEquals(0, run(command, "--help"), String.join(" ", command));
            String help = out.toString();
            assertTrue(help.startsWith("Usage: " + String.join(" ", command)), help);
            String codes = help.substring(help.indexOf("Exit codes:") + 1);
            assertTrue(help.contains("Exit codes:"), help);
            List<Integer> listed = EXIT_CODE_LINE.matcher(codes).results()
                    .map(match -> Integer.parseInt(match.group(1))).toList();
            assertTrue(listed.containsAll(List.of(ExitCode.SUCCESS, ExitCode.USAGE)), command + ": " + listed);
            assertTrue(PROJECT_CODES.containsAll(listed), command + " lists a code outside the table: " + listed);
        }
    }

    private static final Set<Integer> PROJECT_CODES = Set.of(ExitCode.SUCCESS, ExitCode.FAILURE, ExitCode.USAGE,
            ExitCode.DISALLOWED, ExitCode.UNKNOWN_HOST, ExitCode.UNREACHABLE, ExitCode.PROTOCOL, ExitCode.HTTP_ERROR,
            ExitCode.TIMEOUT, ExitCode.TLS, ExitCode.LOGIN, ExitCode.INTERRUPTED);

    @Test
    void versionIsTheMavenProjectVersionForEveryCommand() {
        for (List<String> command : commands()) {
            assertEquals(0, run(command, "--version"), String.join(" ", command));
            assertEquals(toolName + " " + System.getProperty("project.version"), out.toString().strip());
        }
    }

    @Test
    void anUnknownOptionIsAThreeLineUsageErrorInEveryCommand() {
        for (List<String> command : commands()) {
            assertEquals(2, run(command, "--no-such-option"), String.join(" ", command));
            List<String> lines = err.toString().lines().toList();
            assertEquals("Error: unknown option '--no-such-option'", lines.get(0), err.toString());
            assertEquals("Try '" + String.join(" ", command) + " --help' for more information.",
                    lines.get(lines.size() - 1), err.toString());
            assertTrue(lines.size() <= 3, err.toString());
            assertEquals("", out.toString());
        }
    }

    @Test
    void aMistypedLongOptionGetsASuggestionInEveryCommand() {
        var commandLine = factory.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        for (List<String> command : commands()) {
            CommandSpec spec = command.size() == 1 ? commandLine.getCommandSpec()
                    : commandLine.getSubcommands().get(command.get(1)).getCommandSpec();
            String option = spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
                    .filter(name -> name.startsWith("--") && name.length() > 6).findFirst().orElseThrow();
            String typo = option.substring(0, option.length() - 2) + option.charAt(option.length() - 1);
            assertEquals(2, run(command, typo), typo);
            assertTrue(err.toString().contains("Did you mean ") && err.toString().contains(option), err.toString());
        }
    }

    /** The module's README (tests run in the module's directory) shows its commands as they are. */
    @Test
    void theReadmesCommandLinesNameRealOptionsRequiredAsTheyAre() throws IOException {
        var commandLine = factory.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> problems = ReadmeSynopses.problems(Path.of("README.md"), toolName, commandLine);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        CommandModelParity.assertSameModel(annotated.get(), generated.get());
    }

    /** A subcommand's {@code @ParentCommand} is its root; the root itself has no parent to be given. */
    @Test
    void everyParentCommandFieldIsTheRoot() throws IllegalAccessException {
        var commandLine = factory.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(parentFields(commandLine.getCommand()).isEmpty(), "the root has no parent command");
        for (var sub : commandLine.getSubcommands().values()) {
            for (Field field : parentFields(sub.getCommand())) {
                field.setAccessible(true);
                assertSame(commandLine.getCommand(), field.get(sub.getCommand()),
                        sub.getCommandName() + "." + field.getName());
            }
        }
    }

    private static List<Field> parentFields(Object command) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ParentCommand.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
