package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Test support for integration tests that need the tool as a real process, the way users run it: the module's
 * packaged jar (failsafe's {@code netbasics.jar}) on the test's own JDK, or, when the system property
 * {@code netbasics.executable} names one (the parent pom's {@code native-its} profile sets it from
 * {@code -Dnetbasics.nativeDir=DIR}), the tool's native executable. Under the C locale that containers often
 * have, on a pseudo-terminal, with a small heap, with standard input, or started and left running.
 */
public final class PackagedTool {

    /** util-linux's {@code script}, which runs a command on a pseudo-terminal. */
    public static final Path TERMINAL = Path.of("/usr/bin/script");

    private static final long TIMEOUT_SECONDS = 60;

    private final List<String> args;
    private final Map<String, String> environment = new HashMap<>();
    private boolean cLocale;
    private String maxHeap;
    private byte[] input = new byte[0];

    private PackagedTool(List<String> args) {
        this.args = args;
    }

    /** What the process left behind: its exit status, its standard output as bytes, its standard error. */
    public record Result(int status, byte[] out, String err) {

        public String outAsUtf8() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** The tool with these arguments, to be configured and then run or started. */
    public static PackagedTool of(String... args) {
        return new PackagedTool(List.of(args));
    }

    /** Whether the tests run the native executable rather than the jar. */
    public static boolean isNative() {
        return !System.getProperty("netbasics.executable", "").isEmpty();
    }

    /** Under the C locale (no {@code LANG}, as in many containers), where the JVM takes the charset for ASCII. */
    public PackagedTool inCLocale() {
        cLocale = true;
        return this;
    }

    public PackagedTool environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** A heap limit, such as {@code 24m}: {@code -Xmx} for the JVM, the same run-time option for a native image. */
    public PackagedTool maxHeap(String size) {
        maxHeap = size;
        return this;
    }

    public PackagedTool input(byte[] bytes) {
        input = bytes.clone();
        return this;
    }

    /** The command line that runs the tool: the native executable, or {@code java -jar} with the packaged jar. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        String executable = System.getProperty("netbasics.executable", "");
        if (executable.isEmpty()) {
            String jar = System.getProperty("netbasics.jar");
            assertTrue(jar != null, "netbasics.jar is set for integration tests by the parent pom");
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (maxHeap != null) {
                command.add("-Xmx" + maxHeap);
            }
            command.addAll(List.of("-jar", jar));
        } else {
            assertTrue(Files.isExecutable(Path.of(executable)), "no native executable " + executable);
            command.add(executable);
            if (maxHeap != null) {
                command.add("-Xmx" + maxHeap);
            }
        }
        command.addAll(args);
        return command;
    }

    /** Runs the tool to its end (at most a minute), feeding it the input. */
    public Result run() {
        return runToEnd(command(), input);
    }

    /** Starts the tool and leaves it running (a server, say); the caller reads its output and stops it. */
    public Process start() {
        return start(command());
    }

    /**
     * On a pseudo-terminal from util-linux's {@code script}, as someone at a terminal would run it (standard
     * output then has the terminal's CR LF line ends); tests skip themselves where {@link #TERMINAL} is absent.
     */
    public Result runOnTerminal() {
        return runToEnd(terminalCommand(), new byte[0]);
    }

    /**
     * Starts the tool on a pseudo-terminal and leaves it running, for a test that reads the screen (its standard
     * output: the terminal shows standard error there too) and types at the keyboard (its standard input).
     */
    public Process startOnTerminal() {
        return start(terminalCommand());
    }

    private List<String> terminalCommand() {
        StringBuilder shellCommand = new StringBuilder();
        for (String word : command()) {
            shellCommand.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        return List.of(TERMINAL.toString(), "-qec", shellCommand.toString().strip(), "/dev/null");
    }

    private Result runToEnd(List<String> command, byte[] stdin) {
        Process process = start(command);
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream toProcess = process.getOutputStream()) {
            toProcess.write(stdin);
        } catch (IOException e) {
            // the tool stopped reading (or never did): what it printed tells why
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " still running after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private Process start(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (cLocale) {
            builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
            builder.environment().put("LC_ALL", "C");
        }
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
