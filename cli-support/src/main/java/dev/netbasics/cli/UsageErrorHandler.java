package dev.netbasics.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in at most three lines, as GNU tools and curl write it: {@code Error: <what>}, a suggestion where
 * an option or subcommand is close to one that exists, and where the help is; exit status {@link ExitCode#USAGE}.
 * The whole help would bury the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        UnknownOption unknown = UnknownOption.find(commandLine, args);
        if (unknown != null) {
            err.println("Error: unknown option " + quote(unknown.name()));
            printSuggestion(err, unknown.suggestions());
        } else if (failure instanceof UnmatchedArgumentException unmatched && isUnknownSubcommand(unmatched)) {
            err.println("Error: unknown subcommand " + quote(unmatched.getUnmatched().get(0)) + " (one of "
                    + String.join(", ", commandLine.getSubcommands().keySet()) + ")");
            printSuggestion(err, unmatched.getSuggestions());
        } else {
            err.println("Error: " + TerminalText.escapeControls(lowerFirst(failure.getMessage())));
            if (failure instanceof UnmatchedArgumentException unmatched) {
                printSuggestion(err, unmatched.getSuggestions());
            }
        }
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    /** The first word after a command with subcommands is one of them, or a mistyped one. */
    private static boolean isUnknownSubcommand(UnmatchedArgumentException unmatched) {
        CommandLine commandLine = unmatched.getCommandLine();
        List<String> arguments = unmatched.getUnmatched();
        return !commandLine.getSubcommands().isEmpty() && !arguments.isEmpty() && !arguments.get(0).startsWith("-")
                && !commandLine.getSubcommands().containsKey(arguments.get(0));
    }

    private static void printSuggestion(PrintWriter err, List<String> suggestions) {
        if (!suggestions.isEmpty()) {
            err.println("Did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
                    + "?");
        }
    }

    static String quote(String argument) {
        return "'" + TerminalText.escapeControls(argument) + "'";
    }

    /** picocli's messages start with a capital ("Missing required parameter"); ours continue "Error: ". */
    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "bad usage";
        }
        boolean acronym = message.length() > 1 && Character.isUpperCase(message.charAt(1));
        return acronym ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /**
     * An argument that looks like an option of the failing command but is none of its options. picocli may report
     * another error first (the value after a mistyped option taken for a positional parameter: {@code
     * --directroy /tmp} as "'/tmp' is not an int"), but the mistyped option is the user's real mistake.
     */
    record UnknownOption(String name, List<String> suggestions) {

        static UnknownOption find(CommandLine failing, String[] args) {
            CommandSpec spec = failing.getCommandSpec();
            for (String argument : args) {
                if (argument.equals("--")) {
                    return null;
                }
                if (!argument.startsWith("-") || argument.length() < 2 || isNumber(argument)) {
                    continue;
                }
                String name = argument.startsWith("--") && argument.contains("=")
                        ? argument.substring(0, argument.indexOf('=')) : argument;
                if (!isOption(spec, name)) {
                    return new UnknownOption(name, suggestions(spec, name));
                }
            }
            return null;
        }

        private static boolean isOption(CommandSpec spec, String name) {
            if (spec.findOption(name) != null || isSubcommandOption(spec, name)) {
                return true;
            }
            if (name.startsWith("--")) {
                return false;
            }
            // a cluster of short options (-qk), or a short option with its value attached (-p2121, -HX:1)
            char first = name.charAt(1);
            return spec.findOption(first) != null;
        }

        /** An option of a subcommand on the same command line: picocli fails in the command that was parsed last. */
        private static boolean isSubcommandOption(CommandSpec spec, String name) {
            for (CommandSpec parent = spec.parent(); parent != null; parent = parent.parent()) {
                if (parent.findOption(name) != null) {
                    return true;
                }
            }
            return spec.subcommands().values().stream()
                    .anyMatch(sub -> sub.getCommandSpec().findOption(name) != null);
        }

        private static boolean isNumber(String argument) {
            return argument.substring(1).chars().allMatch(c -> Character.isDigit(c) || c == '.');
        }

        private static List<String> suggestions(CommandSpec spec, String name) {
            return spec.options().stream()
                    .flatMap(option -> Arrays.stream(option.names()))
                    .filter(candidate -> candidate.startsWith("--") && close(candidate, name))
                    .toList();
        }

        /** Close enough to be a typo: an edit distance of at most two, or one is a prefix of the other. */
        private static boolean close(String candidate, String typed) {
            if (typed.length() > 3 && (candidate.startsWith(typed) || typed.startsWith(candidate))) {
                return true;
            }
            return distance(candidate, typed) <= 2;
        }

        private static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), substitution);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }
}
