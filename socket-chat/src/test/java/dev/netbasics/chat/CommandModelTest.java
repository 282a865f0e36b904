package dev.netbasics.chat;

import dev.netbasics.cli.CommandModelParity;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The generated model (the one the tool runs) is picocli's model of the annotations. */
class CommandModelTest {

    private static SocketChatCommand root() {
        return new SocketChatCommand();
    }

    @Test
    void everyCommandHasTheAnnotatedModelAndHelp() {
        CommandModelParity.assertSameModel(new CommandLine(root()), new CommandLine(CommandModel.of(root())));
    }
}
