package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.netbasics.cli.CommandModelParity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The generated model (the one the tool runs) is picocli's model of the annotations. */
class CommandModelTest {

    private static FtpToolsCommand root() {
        return new FtpToolsCommand(Map.of(), () -> null);
    }

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        CommandModelParity.assertSameModel(new CommandLine(root()), new CommandLine(CommandModel.of(root())));
    }

    @Test
    void subcommandsKnowTheirParentCommand() {
        FtpToolsCommand root = root();
        GetCommand get = new CommandLine(CommandModel.of(root)).getSubcommands().get("get").getCommand();
        assertSame(root, get.top);
    }
}
