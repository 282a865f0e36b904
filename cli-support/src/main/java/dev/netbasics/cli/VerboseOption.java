package dev.netbasics.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --verbose} for a tool's root command and every subcommand under it ({@code @Mixin}); {@link ErrorHandler}
 * reads it from the parse result. Public, as the build-time command model sets the field from the tool's package.
 */
public final class VerboseOption {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    public boolean verbose;
}
