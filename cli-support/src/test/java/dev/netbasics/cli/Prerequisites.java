package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What a test needs beyond the JDK, in two kinds. A peer or a privilege (nginx, vsftpd, python3-httpbin, root)
 * is something CI installs or has: a test without it skips on a developer's machine, but fails when the
 * environment variable {@value #REQUIRE_PEERS} is {@code true}, as {@code .ci/run} sets it around the README's
 * own test command, so CI cannot go green by skipping. A property of the machine (no IPv6 loopback, a host name that is not loopback) is nothing CI can
 * install: the test skips, always with its reason, which CI's summary prints.
 */
public final class Prerequisites {

    /** The environment variable that turns a missing peer or privilege into a failure. */
    public static final String REQUIRE_PEERS = "NETBASICS_REQUIRE_PEERS";

    private Prerequisites() {
    }

    /** A peer CI installs, named as its Debian package so the message says what to install. */
    public static void requirePeer(boolean present, String peer) {
        require(present, peer + " is not installed");
    }

    /** A peer that is a command: present when its version query (or other probe) runs and exits 0. */
    public static void requireCommand(String peer, String... probe) {
        requirePeer(runs(probe), peer);
    }

    /** A peer that is an executable file. */
    public static void requireExecutable(Path executable, String peer) {
        requirePeer(Files.isExecutable(executable), peer);
    }

    /** Root, for tests that add users or make namespaces; CI runs as root. */
    public static void requireRoot(String why) {
        require(isRoot(), "needs root to " + why);
    }

    /** A property of the machine that no install can give: the test skips with its reason. */
    public static void assumeMachine(boolean holds, String reason) {
        assumeTrue(holds, "machine: " + reason);
    }

    /** Whether missing peers and privileges fail tests here. */
    public static boolean peersRequired() {
        return "true".equals(System.getenv(REQUIRE_PEERS));
    }

    private static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (peersRequired()) {
            fail(missing + " (" + REQUIRE_PEERS + " is set: CI must install it)");
        }
        assumeTrue(false, "peer: " + missing);
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Whether the command runs and exits 0 within ten seconds. */
    public static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
