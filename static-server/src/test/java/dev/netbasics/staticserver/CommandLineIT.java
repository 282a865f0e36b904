package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.PackagedTool;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as users type it, on the packaged tool: -p is the port, as in every netbasics tool (the
 * positional PORT stays, as in Python), and usage errors are three lines and status 2.
 */
class CommandLineIT {

    @TempDir
    Path root;

    @Test
    void aMistypedOptionIsNamedWithASuggestionInThreeLines() {
        PackagedTool.Result result = PackagedTool.of("--directroy", root.toString()).run();
        assertEquals(2, result.status());
        assertEquals("", result.outAsUtf8());
        assertEquals("""
                Error: unknown option '--directroy'
                Did you mean --directory?
                Try 'static-server --help' for more information.
                """, result.err());
    }

    @Test
    void dashPIsThePort() throws Exception {
        try (ServerProcess server = ServerProcess.start(PackagedTool.of("-b", "127.0.0.1", "-d", root.toString(),
                "-p", "0"))) {
            assertEquals("Serving HTTP on 127.0.0.1 port " + server.port + " (http://127.0.0.1:" + server.port
                    + "/) ...", server.banner);
        }
    }

    @Test
    void theSamePortGivenTwiceIsServed() throws Exception {
        try (ServerProcess server = ServerProcess.start(PackagedTool.of("-b", "127.0.0.1", "-d", root.toString(),
                "--port", "0", "0"))) {
            assertEquals(200, server.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").status());
        }
    }

    @Test
    void twoDifferentPortsAreAUsageError() {
        PackagedTool.Result result = PackagedTool.of("-d", root.toString(), "-p", "8001", "8002").run();
        assertEquals(2, result.status());
        assertEquals("""
                Error: two ports: PORT 8002 and --port 8001 (give one)
                Try 'static-server --help' for more information.
                """, result.err());
    }

    /** Python's -p is the protocol; here it is --protocol, and -p takes a port only. */
    @Test
    void aProtocolGivenToDashPIsAUsageError() {
        PackagedTool.Result result = PackagedTool.of("-d", root.toString(), "-p", "HTTP/1.0").run();
        assertEquals(2, result.status());
        assertEquals("""
                Error: invalid value for option '--port': 'HTTP/1.0' is not an int
                Try 'static-server --help' for more information.
                """, result.err());
    }
}
