package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    private static final int SIZE = 2_500_000;

    @TempDir
    Path root;

    private ServerProcess server;
    private byte[] data;

    @BeforeEach
    void start() throws Exception {
        data = new byte[SIZE];
        new Random(11).nextBytes(data);
        Files.write(root.resolve("data.bin"), data);
        Files.writeString(root.resolve("unicodé file.txt"), "grüße\n");
        server = ServerProcess.serve(root);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** A whole file, a range of it (empty: none), by Python's urllib. */
    @ParameterizedTest
    @CsvSource({"'', 0, " + SIZE, "bytes=1000-1999, 1000, 2000", "bytes=-1000, 2499000, " + SIZE})
    void pythonUrllibGetsIdenticalBytes(String range, int from, int to) throws Exception {
        Prerequisites.requireCommand("python3", "python3", "--version");
        byte[] fetched = range.isEmpty()
                ? run("python3", "-c", PYTHON_FETCH, server.url("/data.bin"))
                : run("python3", "-c", PYTHON_FETCH, server.url("/data.bin"), range);
        assertArrayEquals(Arrays.copyOfRange(data, from, to), fetched);
    }

    @Test
    void pythonUrllibGetsANonAsciiName() throws Exception {
        Prerequisites.requireCommand("python3", "python3", "--version");
        assertEquals("grüße\n", new String(run("python3", "-c", PYTHON_FETCH, server.url("/unicod%C3%A9%20file.txt")),
                StandardCharsets.UTF_8));
    }

    /** A whole file, and curl's -r ranges: first-last and a suffix. */
    @ParameterizedTest
    @CsvSource({"'', 0, " + SIZE, "5-9, 5, 10", "-1000, 2499000, " + SIZE})
    void curlGetsIdenticalBytes(String range, int from, int to) throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        byte[] fetched = range.isEmpty()
                ? run("curl", "-sSf", server.url("/data.bin"))
                : run("curl", "-sSf", "-r", range, server.url("/data.bin"));
        assertArrayEquals(Arrays.copyOfRange(data, from, to), fetched);
    }

    /** curl's count of new connections per transfer: 1 for the first, 0 for the second, which reused it. */
    @Test
    void curlMakesTwoTransfersOverOneKeptAliveConnection() throws Exception {
        Prerequisites.requireCommand("curl", "curl", "--version");
        Path first = root.resolveSibling(root.getFileName() + "-first");
        Path second = root.resolveSibling(root.getFileName() + "-second");
        try {
            byte[] connects = run("curl", "-sSf", "-w", "%{num_connects}\\n", "-o", first.toString(), "-o",
                    second.toString(), server.url("/data.bin"), server.url("/data.bin"));
            assertEquals("1\n0\n", new String(connects, StandardCharsets.US_ASCII));
            assertArrayEquals(data, Files.readAllBytes(first));
            assertArrayEquals(data, Files.readAllBytes(second));
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
        }
    }

    private static byte[] run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return output;
    }
}
