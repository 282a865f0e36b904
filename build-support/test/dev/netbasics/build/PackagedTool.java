package dev.netbasics.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Test support for integration tests that need a real process: runs the module's packaged jar (failsafe's
 * {@code netbasics.jar}) on the test's own JDK, either under the C locale that containers often have, where the
 * JVM takes the terminal's charset for ASCII, or on a pseudo-terminal.
 */
public final class PackagedTool {

    /** util-linux's {@code script}, which runs a command on a pseudo-terminal. */
    public static final Path TERMINAL = Path.of("/usr/bin/script");

    private static final long TIMEOUT_SECONDS = 60;

    private PackagedTool() {
    }

    /** What the process left behind: its exit status, its standard output as bytes, its standard error. */
    public record Result(int status, byte[] out, String err) {

        public String outAsUtf8() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    public static Result runInCLocale(byte[] input, String... args) {
        return runInCLocale(Map.of(), input, args);
    }

    /** With more environment variables, such as {@code JAVA_TOOL_OPTIONS} for a small heap. */
    public static Result runInCLocale(Map<String, String> moreEnvironment, byte[] input, String... args) {
        Map<String, String> environment = new HashMap<>(moreEnvironment);
        environment.put("LC_ALL", "C");
        return run(javaCommand(args), environment, input);
    }

    private static List<String> javaCommand(String... args) {
        String jar = System.getProperty("netbasics.jar");
        assertTrue(jar != null, "netbasics.jar is set for integration tests by the parent pom");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        return command;
    }

    private static Result run(List<String> command, Map<String, String> locale, byte[] input) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!locale.isEmpty()) {
            builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
            builder.environment().putAll(locale);
        }
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " still running after " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * On a pseudo-terminal from util-linux's {@code script}, as someone at a terminal would run it (standard
     * output then has the terminal's CR LF line ends); tests skip themselves where {@link #TERMINAL} is absent.
     */
    public static Result runOnTerminal(String... args) {
        StringBuilder command = new StringBuilder();
        for (String word : javaCommand(args)) {
            command.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        return run(List.of(TERMINAL.toString(), "-qec", command.toString().strip(), "/dev/null"), Map.of(),
                new byte[0]);
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
