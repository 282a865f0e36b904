package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Test support for {@link ToolMainContract}: the generated model (the one the tool runs) must be
 * picocli's model of the annotations, command by command, attribute by attribute and help text by help text.
 */
public final class CommandModelParity {

    private CommandModelParity() {
    }

    public static void assertSameModel(CommandLine annotated, CommandLine generated) {
        List<String> expected = describeTree(annotated);
        List<String> actual = describeTree(generated);
        assertEquals(expected.size(), actual.size(), "number of commands");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i));
        }
    }

    private static List<String> describeTree(CommandLine commandLine) {
        List<String> descriptions = new ArrayList<>();
        descriptions.add(describe(commandLine));
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            descriptions.addAll(describeTree(sub));
        }
        return descriptions;
    }

    private static String describe(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        UsageMessageSpec usage = spec.usageMessage();
        StringBuilder d = new StringBuilder();
        line(d, "command", spec.qualifiedName(), Arrays.toString(spec.aliases()), Arrays.toString(spec.version()),
                spec.mixins().keySet(), spec.subcommands().keySet(), spec.mixinStandardHelpOptions(),
                spec.userObject().getClass(), spec.exitCodeOnInvalidInput(), spec.exitCodeOnExecutionException(),
                spec.scopeType(), spec.isAddMethodSubcommands(), spec.interpolateVariables());
        line(d, "usage", Arrays.toString(usage.description()), Arrays.toString(usage.header()),
                Arrays.toString(usage.footer()), usage.exitCodeListHeading(), usage.exitCodeList(),
                usage.sortOptions(), usage.showDefaultValues(), usage.abbreviateSynopsis(), usage.hidden(),
                Arrays.toString(usage.customSynopsis()), usage.synopsisHeading(), usage.optionListHeading());
        line(d, "parser", spec.parser().expandAtFiles(), spec.parser().posixClusteredShortOptionsAllowed(),
                spec.parser().caseInsensitiveEnumValuesAllowed(), spec.parser().unmatchedArgumentsAllowed());
        for (ArgSpec arg : spec.args()) {
            line(d, arg.isOption() ? "option" : "positional",
                    arg instanceof OptionSpec o ? Arrays.toString(o.names()) : ((PositionalParamSpec) arg).index(),
                    arg.type(), Arrays.toString(arg.auxiliaryTypes()), arg.arity(), arg.paramLabel(),
                    Arrays.toString(arg.description()), arg.descriptionKey(), arg.defaultValue(), arg.required(),
                    arg.hidden(), arg.scopeType(), arg.inherited(), arg.splitRegex(), arg.hideParamSyntax(),
                    arg.showDefaultValue(), arg.interactive(), arg.echo(), arg.hasInitialValue(),
                    arg.group() == null ? arg.initialValue() : "(in a group)", arg.converters().length,
                    // not typeInfo().getActualGenericTypeArguments(): picocli reads it only to check @Unmatched
                    // fields, which the generator refuses
                    arg.typeInfo().isMultiValue(), arg.typeInfo().isCollection(), arg.typeInfo().isEnum(),
                    arg.group() == null ? null : arg.group().synopsis(), completion(arg),
                    arg instanceof OptionSpec o ? List.of(o.usageHelp(), o.versionHelp(), o.negatable(), o.order(),
                            String.valueOf(o.fallbackValue())) : "");
        }
        for (ArgGroupSpec group : spec.argGroups()) {
            line(d, "group", group.synopsis(), group.exclusive(), group.multiplicity(), group.validate(),
                    group.order(), group.heading(), group.args().size(), group.subgroups().size());
        }
        d.append(commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF));
        return d.toString();
    }

    private static List<String> completion(ArgSpec arg) {
        List<String> candidates = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(candidates::add);
        }
        return candidates;
    }

    private static void line(StringBuilder description, String kind, Object... attributes) {
        description.append(kind).append(": ").append(Arrays.deepToString(attributes)).append('\n');
    }
}
