package dev.netbasics.url;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The python3 the differential tests ask: Debian's /usr/bin/python3 first, else the real one behind PATH. */
public final class PythonInterpreter {

    private static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

    private PythonInterpreter() {
    }

    public static Optional<Path> find() throws IOException, InterruptedException {
        if (Files.isExecutable(SYSTEM_PYTHON)) {
            return Optional.of(SYSTEM_PYTHON);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "python3");
            if (Files.isExecutable(candidate)) {
                return realExecutable(candidate);
            }
        }
        return Optional.empty();
    }

    /** Resolves launchers such as pyenv's shims, which would otherwise run once per start-up. */
    private static Optional<Path> realExecutable(Path launcher) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(launcher.toString(), "-I", "-c", "import sys; print(sys.executable)")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        return process.exitValue() == 0 && !output.isEmpty() ? Optional.of(Path.of(output)) : Optional.empty();
    }
}
