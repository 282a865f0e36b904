package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** The generated model (the one the tool runs) is picocli's model of the annotations, attribute by attribute. */
class CommandModelTest {

    private static CommandLine annotated() {
        return new CommandLine(new HttpToolsCommand());
    }

    private static CommandLine generated() {
        return new CommandLine(CommandModel.of(new HttpToolsCommand()));
    }

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        List<String> annotated = describeTree(annotated());
        List<String> generated = describeTree(generated());
        assertEquals(4, annotated.size(), "http-tools and its three subcommands");
        for (int i = 0; i < annotated.size(); i++) {
            assertEquals(annotated.get(i), generated.get(i));
        }
    }

    @Test
    void optionsReachTheFieldsOfCommandsMixinsAndGroups() {
        CommandLine commandLine = generated();
        commandLine.parseArgs("--verbose", "get", "-H", "A: 1", "-H", "B: 2", "--timeout", "2.5", "--max-redirs", "3",
                "--http2", "--cacert", "ca.pem", "-k", "-i", "-o", "out.bin", "http://127.0.0.1/x");
        GetCommand get = commandLine.getSubcommands().get("get").getCommand();
        assertEquals(URI.create("http://127.0.0.1/x"), get.url);
        assertEquals(List.of("A: 1", "B: 2"), get.options.headers);
        assertEquals(2.5, get.options.timeoutSeconds);
        assertEquals(20.0, get.options.connectTimeoutSeconds, "default value");
        assertEquals(3, get.options.maxRedirects);
        assertTrue(get.options.version.http2);
        assertFalse(get.options.version.http11);
        assertEquals(Path.of("ca.pem"), get.options.tls.caCertificates);
        assertTrue(get.options.tls.insecure);
        assertTrue(get.body);
        assertEquals(Path.of("out.bin"), get.output);
        assertTrue(get.spec.findOption("--verbose").<Boolean>getValue(), "inherited from http-tools");
        assertEquals(get, get.spec.userObject());
    }

    @Test
    void anUnusedGroupStaysNullAndARequiredOneIsMade() {
        CommandLine commandLine = generated();
        commandLine.parseArgs("post", "--form", "a=1", "--form", "b=2", "http://127.0.0.1/");
        PostCommand post = commandLine.getSubcommands().get("post").getCommand();
        assertEquals(List.of("a=1", "b=2"), post.payload.form);
        assertNull(post.payload.json);
        assertNull(post.options.version, "no --http1.1 or --http2: protocol chosen automatically");
    }

    @Test
    void aSecondParseStartsFromTheInitialValuesAgain() {
        CommandLine commandLine = generated();
        commandLine.parseArgs("get", "-H", "A: 1", "--timeout", "4", "-L", "http://127.0.0.1/");
        commandLine.parseArgs("get", "http://127.0.0.1/");
        GetCommand get = commandLine.getSubcommands().get("get").getCommand();
        assertTrue(get.options.headers.isEmpty());
        assertEquals(0.0, get.options.timeoutSeconds);
        assertFalse(get.options.follow);
    }

    @Test
    void eachSubcommandHasItsOwnMixinInstances() {
        CommandLine commandLine = generated();
        GetCommand get = commandLine.getSubcommands().get("get").getCommand();
        PostCommand post = commandLine.getSubcommands().get("post").getCommand();
        assertNotSame(get.options, post.options);
        assertNotSame(get.options.tls, post.options.tls);
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
