package dev.netbasics.cli;

import picocli.CommandLine.Command;

/**
 * What every command of every tool is, root or subcommand: picocli's {@code --help} and {@code --version}, the
 * version being the tool's ({@link VersionProvider}), and the heading of the exit codes each command lists
 * ({@code exitCodeList}, from {@link ExitCode}'s lines). A command extends this instead of repeating them.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit codes:%n")
public abstract class ToolCommand {
}
