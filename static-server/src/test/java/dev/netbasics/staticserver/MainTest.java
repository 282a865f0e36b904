package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ToolMainContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest extends ToolMainContract {

    MainTest() {
        super("static-server", List.of(), Main::newCommandLine, StaticServerCommand::new, CommandModel::of);
    }

    /** A server ends with 0 when stopped, 1 when it cannot listen, 2 on a usage error, 130 when stopped at once. */
    @ParameterizedTest
    @ValueSource(strings = {"    0   stopped by Ctrl-C or SIGTERM", "    1   cannot listen", "    2   usage error",
        "  130   stopped at once by a second Ctrl-C or SIGTERM"})
    void helpListsTheStatusesAServerEndsWith(String line) {
        StringWriter out = new StringWriter();
        Main.newCommandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("--help");
        assertTrue(out.toString().contains(line), line + " in\n" + out);
    }
}
