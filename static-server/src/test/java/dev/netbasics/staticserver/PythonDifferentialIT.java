package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance table against Python's own http.server (Debian's Python 3.11, in HTTP/1.1 mode, as
 * {@code python3 -m http.server --protocol HTTP/1.1} runs it) beside the packaged server, on the same files
 * ({@link Differential}). The cases the two answer differently are pinned in python-differences.txt, each with
 * its class of difference, whose reason the README gives.
 */
class PythonDifferentialIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theCasesPythonAnswersOtherwiseAreTheDocumentedOnes() throws Exception {
        Prerequisites.requireExecutable(PYTHON, "python3");
        Prerequisites.assumeMachine(Prerequisites.runs(PYTHON.toString(), "-c",
                "import sys; sys.exit(sys.version_info[:2] != (3, 11))"), "the differences are pinned for Python 3.11");
        Path site = Files.createDirectories(work.resolve("site"));
        ConformanceCases.writeSite(site);
        int port = Differential.freePort();
        Process python = new ProcessBuilder(PYTHON.toString(), "-m", "http.server", "--protocol", "HTTP/1.1", "-b",
                "127.0.0.1", "-d", site.toString(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve("python.out").toFile()).start();
        try (ServerProcess server = ServerProcess.serve(site, "-q")) {
            Differential.awaitListening(python, port, this::output);
            Differential.Result result = Differential.compare("python", server.port, port);
            assertEquals(Differential.documented("python"), result.differing(), result.report());
        } finally {
            Differential.stop(python);
        }
    }

    private String output() {
        try {
            return Files.readString(work.resolve("python.out"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
