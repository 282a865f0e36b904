package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients nobody here wrote, Python's urllib and curl, fetch files and ranges byte for byte. */
class InteropIT {

    private static final String PYTHON_FETCH = """
            import sys, urllib.request
            request = urllib.request.Request(sys.argv[1])
            if len(sys.argv) > 2:
                request.add_header("Range", sys.argv[2])
            with urllib.request.urlopen(request) as response:
                sys.stdout.buffer.write(response.read())
            """;

    @TempDir
    Path root;

    private ServerProcess server;
    private byte[] data;

    @BeforeEach
    void start() throws Exception {
        data = new byte[2_500_000];
        new Random(11).nextBytes(data);
        Files.write(root.resolve("data.bin"), data);
        Files.writeString(root.resolve("unicodé file.txt"), "grüße\n");
        server = ServerProcess.serve(root);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void pythonUrllibGetsIdenticalBytes() throws Exception {
        assumeTrue(available("python3", "--version"), "python3 not installed");
        assertArrayEquals(data, run("python3", "-c", PYTHON_FETCH, server.url("/data.bin")));
        assertArrayEquals(Arrays.copyOfRange(data, 1000, 2000),
                run("python3", "-c", PYTHON_FETCH, server.url("/data.bin"), "bytes=1000-1999"));
        assertEquals("grüße\n", new String(run("python3", "-c", PYTHON_FETCH,
                server.url("/unicod%C3%A9%20file.txt")), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void curlGetsIdenticalBytes() throws Exception {
        assumeTrue(available("curl", "--version"), "curl not installed");
        assertArrayEquals(data, run("curl", "-sSf", server.url("/data.bin")));
        assertArrayEquals(Arrays.copyOfRange(data, 2_499_000, 2_500_000),
                run("curl", "-sSf", "-r", "-1000", server.url("/data.bin")));
        assertArrayEquals(Arrays.copyOfRange(data, 5, 10), run("curl", "-sSf", "-r", "5-9", server.url("/data.bin")));
        byte[] both = run("curl", "-sSf", server.url("/data.bin"), server.url("/data.bin"));
        assertEquals(2 * data.length, both.length, "two transfers over one kept-alive connection");
    }

    private static byte[] run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return output;
    }

    static boolean available(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
