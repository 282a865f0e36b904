package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.netbasics.cli.CommandModelParity;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The generated model (the one the tool runs) is picocli's model of the annotations. */
class CommandModelTest {

    private static UrlToolsCommand root() {
        return new UrlToolsCommand(
                new ProcessContext(InputStream.nullInputStream(), OutputStream.nullOutputStream(), Map.of()));
    }

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        CommandModelParity.assertSameModel(new CommandLine(root()), new CommandLine(CommandModel.of(root())));
    }

    @Test
    void subcommandsKnowTheirParentCommand() {
        UrlToolsCommand root = root();
        RobotsCommand robots = new CommandLine(CommandModel.of(root)).getSubcommands().get("robots").getCommand();
        assertSame(root, robots.parent);
    }
}
