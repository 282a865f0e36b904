package dev.netbasics.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code <tool> <version>} for every tool's {@code --version}; picocli puts in the tool's name. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"${ROOT-COMMAND-NAME} " + Version.PROJECT_VERSION};
    }

    /** The version alone, e.g. for a User-Agent. */
    public static String version() {
        return Version.PROJECT_VERSION;
    }
}
