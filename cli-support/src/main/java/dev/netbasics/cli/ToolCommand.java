package dev.netbasics.cli;

import picocli.CommandLine.Command;

/**
 * What every command of every tool is, root or subcommand: picocli's {@code --help} and {@code --version}, the
 * version being the tool's ({@link VersionProvider}). A command extends this instead of repeating both.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public abstract class ToolCommand {
}
