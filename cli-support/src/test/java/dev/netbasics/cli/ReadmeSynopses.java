package dev.netbasics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command lines a tool's README shows, held to its command model: every option a synopsis or an example names
 * exists on that command (or is inherited), and in a synopsis (a line with {@code [...]} parts) an option shown
 * outside {@code [...]} and {@code (...)} is required, one inside is not. Lines of a code block that start with the tool's name (or
 * {@code dist/target/bin/<tool>}) are command lines, lines that start with blanks continue them, and
 * {@code OPTIONS:} lines name options shared by the subcommands; {@code a | b} at the top level of a line starts
 * another command, {@code quote|quote-plus} names two.
 */
final class ReadmeSynopses {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w@./-])(--?[A-Za-z0-9][\\w.-]*)");

    private ReadmeSynopses() {
    }

    /** What is wrong with the README's command lines, one line each; empty when nothing is. */
    static List<String> problems(Path readme, String tool, CommandLine commandLine) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String line : commandLines(Files.readAllLines(readme), tool)) {
            if (line.startsWith("OPTIONS:")) {
                for (String option : options(line.substring("OPTIONS:".length()))) {
                    if (commands(commandLine).stream().noneMatch(spec -> find(spec, option) != null)) {
                        problems.add("no command of " + tool + " has " + option + " (" + line + ")");
                    }
                }
                continue;
            }
            for (String segment : segments(line.substring(line.indexOf(tool) + tool.length()).strip())) {
                String[] words = segment.split("\\s+", 2);
                List<CommandSpec> specs = new ArrayList<>();
                for (String name : words[0].split("\\|")) {
                    CommandLine sub = commandLine.getSubcommands().get(name);
                    if (sub != null) {
                        specs.add(sub.getCommandSpec());
                    }
                }
                if (specs.isEmpty()) {
                    specs.add(commandLine.getCommandSpec());
                }
                for (CommandSpec spec : specs) {
                    problems.addAll(check(spec, segment, line));
                }
            }
        }
        return problems;
    }

    private static List<String> check(CommandSpec spec, String segment, String line) {
        List<String> problems = new ArrayList<>();
        boolean synopsis = line.contains("[");
        String name = spec.qualifiedName();
        int depth = 0;
        Matcher option = OPTION.matcher(segment);
        int from = 0;
        while (option.find()) {
            depth += depthChange(segment.substring(from, option.start()));
            from = option.start();
            List<String> named = cluster(spec, option.group(1));
            for (String each : named.subList(0, named.size() - 1)) {
                if (find(spec, each) == null) {
                    problems.add(name + " has no option " + each + " (README: " + line + ")");
                }
            }
            OptionSpec found = find(spec, named.get(named.size() - 1));
            if (found == null) {
                problems.add(name + " has no option " + named.get(named.size() - 1) + " (README: " + line + ")");
            } else if (synopsis && depth == 0 && !required(found) && !isHelp(found)) {
                problems.add(name + ": " + option.group(1) + " is optional but the README shows it required ("
                        + line + ")");
            } else if (synopsis && depth > 0 && required(found)) {
                problems.add(name + ": " + option.group(1) + " is required but the README shows it optional ("
                        + line + ")");
            }
        }
        return problems;
    }

    /**
     * Whether a command line without the option is refused: an option of a group is required only if its group is
     * required and not a choice between its members ({@code -4|-6} may both be absent; one of {@code (--json |
     * -d)} must be there, but neither of them in particular).
     */
    private static boolean required(OptionSpec option) {
        if (!option.required()) {
            return false;
        }
        for (ArgGroupSpec group = option.group(); group != null; group = group.parentGroup()) {
            if (group.multiplicity().min() == 0 || group.exclusive() && group.args().size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The short options a cluster names ({@code -hkvV}, as picocli's synopsis writes them), or the option itself. */
    private static List<String> cluster(CommandSpec spec, String option) {
        if (option.startsWith("--") || option.length() <= 2 || find(spec, option) != null) {
            return List.of(option);
        }
        return option.substring(1).chars().mapToObj(c -> "-" + (char) c).toList();
    }

    private static boolean isHelp(OptionSpec option) {
        return option.usageHelp() || option.versionHelp();
    }

    private static int depthChange(String text) {
        int change = 0;
        for (char c : text.toCharArray()) {
            if (c == '[' || c == '(') {
                change++;
            } else if (c == ']' || c == ')') {
                change--;
            }
        }
        return change;
    }

    private static OptionSpec find(CommandSpec spec, String option) {
        for (CommandSpec level = spec; level != null; level = level.parent()) {
            OptionSpec found = level.findOption(option);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<CommandSpec> commands(CommandLine commandLine) {
        List<CommandSpec> all = new ArrayList<>(List.of(commandLine.getCommandSpec()));
        commandLine.getSubcommands().values().forEach(sub -> all.add(sub.getCommandSpec()));
        return all;
    }

    private static List<String> options(String text) {
        List<String> found = new ArrayList<>();
        Matcher option = OPTION.matcher(text);
        while (option.find()) {
            found.add(option.group(1));
        }
        return found;
    }

    /** The line split at each {@code " | "} outside brackets: alternatives between commands, not options. */
    private static List<String> segments(String line) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            if (depth == 0 && line.startsWith(" | ", i)) {
                segments.add(line.substring(start, i).strip());
                start = i + 3;
            }
        }
        segments.add(line.substring(start).strip());
        return segments;
    }

    /** The command lines of the README's code blocks, each with its continuation lines joined to it. */
    private static List<String> commandLines(List<String> lines, String tool) {
        List<String> commandLines = new ArrayList<>();
        boolean inCode = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode) {
                continue;
            }
            String text = line.startsWith("$ ") ? line.substring(2) : line;
            String first = text.isBlank() ? "" : text.strip().split("\\s+")[0];
            boolean command = first.equals(tool) || first.equals("dist/target/bin/" + tool);
            if (command || text.startsWith("OPTIONS:")) {
                commandLines.add(text.strip());
            } else if (!commandLines.isEmpty() && !text.isBlank() && Character.isWhitespace(text.charAt(0))
                    && isContinuation(commandLines.get(commandLines.size() - 1))) {
                commandLines.set(commandLines.size() - 1, commandLines.get(commandLines.size() - 1) + " "
                        + text.strip());
            } else {
                commandLines.add("");
            }
        }
        return commandLines.stream().filter(line -> !line.isEmpty()).toList();
    }

    /** Only a synopsis, with its {@code [...]} parts, goes on over lines; an example's output does not. */
    private static boolean isContinuation(String previous) {
        return previous.contains("[");
    }
}
