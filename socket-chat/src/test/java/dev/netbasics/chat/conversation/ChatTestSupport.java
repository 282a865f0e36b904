package dev.netbasics.chat.conversation;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Scripted user input and captured output for chats run in-process. */
final class ChatTestSupport {

    private ChatTestSupport() {
    }

    static UserInput typed(String lines, StringWriter out) {
        return new UserInput(new BufferedReader(new StringReader(lines)), new PrintWriter(out, true), false);
    }

    static UserInput typedAtTerminal(String lines, StringWriter out) {
        return new UserInput(new BufferedReader(new StringReader(lines)), new PrintWriter(out, true), true);
    }

    static PrintWriter writer(StringWriter out) {
        return new PrintWriter(out, true);
    }
}
