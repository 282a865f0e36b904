package dev.netbasics.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --debug} for a tool's root command and every subcommand under it ({@code @Mixin}): the stack trace of a
 * failure after its {@code Error:} line, for bug reports, as xh's {@code --debug}. {@code -v/--verbose} is each
 * tool's protocol trace, as in curl. {@link ErrorHandler} reads it from the parse result. Public, as the
 * build-time command model sets the field from the tool's package.
 */
public final class DebugOption {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of a failure.")
    public boolean debug;
}
