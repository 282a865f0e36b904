package dev.netbasics.chat.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** What the user types: prompted with the book's {@code " -> "} on a terminal, read silently from a pipe. */
public final class UserInput {

    static final String PROMPT = " -> ";

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;

    UserInput(BufferedReader in, PrintWriter out, boolean interactive) {
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    /** Standard input, with prompts only when it is a terminal. */
    public static UserInput standardInput(PrintWriter out) {
        return new UserInput(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
                System.console() != null);
    }

    /** The next line, after the prompt on a terminal; {@code null} at end of input. */
    String prompt() throws IOException {
        if (interactive) {
            out.print(PROMPT);
            out.flush();
        }
        return in.readLine();
    }

    /** The next line without a prompt (room consoles). */
    String line() throws IOException {
        return in.readLine();
    }

    static boolean isBye(String line) {
        return line.strip().equalsIgnoreCase("bye");
    }
}
