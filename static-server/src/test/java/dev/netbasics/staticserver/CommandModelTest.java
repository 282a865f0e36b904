package dev.netbasics.staticserver;

import dev.netbasics.cli.CommandModelParity;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The generated model (the one the tool runs) is picocli's model of the annotations. */
class CommandModelTest {

    private static StaticServerCommand root() {
        return new StaticServerCommand();
    }

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        CommandModelParity.assertSameModel(new CommandLine(root()), new CommandLine(CommandModel.of(root())));
    }
}
