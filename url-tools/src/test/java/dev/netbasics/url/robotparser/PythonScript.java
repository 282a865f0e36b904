package dev.netbasics.url.robotparser;

import dev.netbasics.cli.Prerequisites;
import dev.netbasics.url.PythonInterpreter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a Python script under the interpreter the differential tests use; skipped when there is none. */
final class PythonScript {

    private PythonScript() {
    }

    /** Runs a script (given as source) with the input on stdin; its stdout lines. Skips the test without python3. */
    static List<String> run(byte[] script, byte[] input, String... args) throws IOException, InterruptedException {
        Path python = PythonInterpreter.find().orElse(null);
        Prerequisites.requirePeer(python != null, "python3");
        Path scriptFile = Files.createTempFile("url-tools-test", ".py");
        try {
            Files.write(scriptFile, script);
            List<String> command = new ArrayList<>(List.of(python.toString(), scriptFile.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("python3 did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("python3 exited with " + process.exitValue());
            }
            return new String(output.join(), StandardCharsets.UTF_8).lines().toList();
        } finally {
            Files.deleteIfExists(scriptFile);
        }
    }
}
