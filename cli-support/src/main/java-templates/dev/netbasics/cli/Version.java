package dev.netbasics.cli;

/** The project version, written in at build time (cli-support's pom): no resource to look up at start-up. */
final class Version {

    static final String PROJECT_VERSION = "${project.version}";

    private Version() {
    }
}
