package dev.netbasics.chat;

import dev.netbasics.chat.conversation.BookClient;
import dev.netbasics.chat.conversation.DatagramChat;
import dev.netbasics.chat.conversation.RoomClient;
import dev.netbasics.chat.conversation.UserInput;
import dev.netbasics.chat.socket.StreamEndpoint;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "client",
        description = {
            "The book's client.py: send typed lines, print the server's answers.",
            "Sends each typed line (prompt ' -> ' on a terminal) and prints",
            "'Received from server: <answer>', until 'bye' or the end of input.",
            "--room talks to a room server: lines go out and arrive independently."
        },
        exitCodeList = {
            "  0:done: bye, the end of input, or the server left a room",
            "  1:the server closed the connection or vanished", ExitCode.HELP_USAGE, ExitCode.HELP_UNKNOWN_HOST,
            ExitCode.HELP_UNREACHABLE, "  8:protocol error: the server sent a line over --max-line",
            ExitCode.HELP_TIMEOUT, ExitCode.HELP_INTERRUPTED
        })
final class ClientCommand extends ToolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TransportOptions transport;

    @Option(names = "--room", description = "Full duplex for room servers: print every line the room sends as it arrives.")
    boolean room;

    @Override
    public Integer call() throws IOException, InterruptedException {
        transport.validate(spec, room);
        PrintWriter out = spec.commandLine().getOut();
        UserInput input = UserInput.standardInput(out);
        if (transport.udp) {
            return DatagramChat.client(transport.address(), transport.describe(), input, out, transport.maxLine,
                    transport.timeout());
        }
        SocketChannel connection = StreamEndpoint.connect(transport.address(), transport.timeout(), transport.describe());
        return room
                ? new RoomClient(connection, input, out, transport.maxLine).run()
                : new BookClient(connection, input, out, transport.maxLine, transport.timeout()).run();
    }
}
