package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.PackagedTool;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged tool's command line: ncat's way of naming a peer, and usage errors in cli-support's three lines. */
class CommandLineIT {

    @Test
    void hostAndPortAsNcatTakesThem() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "127.0.0.1", "0"))) {
            server.type("found");
            PackagedTool.Result client = PackagedTool.of("client", "127.0.0.1", Integer.toString(server.port()))
                    .input("hello\n".getBytes(StandardCharsets.UTF_8)).run();
            assertEquals(0, client.status(), client.err());
            assertEquals("Received from server: found\n", client.outAsUtf8());
            assertEquals("from connected user: hello", server.nextLine(line -> line.startsWith("from ")));
        }
    }

    /** An unknown option is named, the closest real one suggested, the help pointed to: three lines, exit 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "client --prot 5000 | Error: unknown option '--prot' | Did you mean --port? | client",
        "server --rooom | Error: unknown option '--rooom' | Did you mean --room? | server",
        "client --tsl 127.0.0.1 5000 | Error: unknown option '--tsl' | Did you mean --tls or --ssl? | client"
    })
    void aMistypedOptionIsThreeLines(String args, String error, String suggestion, String command) {
        PackagedTool.Result run = PackagedTool.of(args.split(" ")).run();
        assertEquals(2, run.status());
        assertEquals(error + "\n" + suggestion + "\nTry 'socket-chat " + command + " --help' for more information.\n",
                run.err());
        assertEquals("", run.outAsUtf8());
    }

    @Test
    void twoDifferentPortsAreTwoLinesThatNameTheFormThatWorks() {
        PackagedTool.Result run = PackagedTool.of("client", "127.0.0.1", "6000", "--port", "7000").run();
        assertEquals(2, run.status());
        assertEquals("Error: two ports, 6000 and --port 7000: give one (socket-chat client HOST PORT)\n"
                + "Try 'socket-chat client --help' for more information.\n", run.err());
    }
}
