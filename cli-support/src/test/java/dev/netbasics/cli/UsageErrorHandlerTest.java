package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Usage errors as every tool prints them: {@code Error:} first, a suggestion where one is close, where the help
 * is, exit status 2, at most three lines. {@code tool} has a numeric positional PORT and a {@code --directory}
 * option, as static-server; {@code tools} has a subcommand {@code quote} with a required STRING, as url-tools.
 */
class UsageErrorHandlerTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Callable<Integer> done = () -> 0;
        CommandSpec tool = CommandSpec.wrapWithoutInspection(done);
        tool.name("tool");
        tool.addOption(OptionSpec.builder("-d", "--directory").type(String.class).build());
        tool.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class).build());
        tool.addOption(OptionSpec.builder("-k").type(boolean.class).build());
        tool.addPositional(PositionalParamSpec.builder().paramLabel("PORT").type(int.class).arity("0..1").build());
        CommandSpec tools = CommandSpec.wrapWithoutInspection(new Object());
        tools.name("tools");
        CommandSpec quote = CommandSpec.wrapWithoutInspection(done);
        quote.addOption(OptionSpec.builder("--safe").type(String.class).build());
        quote.addPositional(PositionalParamSpec.builder().paramLabel("STRING").type(String.class).arity("1")
                .required(true).build());
        tools.addSubcommand("quote", new CommandLine(quote));
        CommandSpec root = args[0].equals("tools") ? tools : tool;
        String[] rest = args[0].equals("tools") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        return ToolProcess.newCommandLine(root, new PrintWriter(out, true), new PrintWriter(err, true)).execute(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        --directroy /tmp | Error: unknown option '--directroy'/Did you mean --directory?/Try 'tool --help' for more information.
        --dir=/tmp       | Error: unknown option '--dir'/Did you mean --directory?/Try 'tool --help' for more information.
        -x               | Error: unknown option '-x'/Try 'tool --help' for more information.
        tools quote -x        | Error: unknown option '-x'/Try 'tools quote --help' for more information.
        tools quote --saf x   | Error: unknown option '--saf'/Did you mean --safe?/Try 'tools quote --help' for more information.
        tools quote           | Error: missing required parameter: 'STRING'/Try 'tools quote --help' for more information.
        tools quoet x         | Error: unknown subcommand 'quoet' (one of quote)/Did you mean quote?/Try 'tools --help' for more information.
        tools                 | Error: missing subcommand (quote)/Try 'tools --help' for more information.
        eighty           | Error: invalid value for positional parameter at index 0 (PORT): 'eighty' is not an int/Try 'tool --help' for more information.
        """)
    void isAtMostThreeLinesErrorFirstAndExits2(String arguments, String expected) {
        assertEquals(2, run(arguments.split(" ")));
        assertEquals(expected.replace('/', '\n') + "\n", err.toString().replace("/tmp", ""));
        assertEquals("", out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        -qk 80       | clustered short options
        -d/tmp       | a short option with its value attached
        tools quote -- -x | after the end of options, an argument
        80           | a positional parameter
        """)
    void whatIsNoMistakeRuns(String arguments, String why) {
        assertEquals(0, run(arguments.split(" ")), why + ": " + err);
    }
}
