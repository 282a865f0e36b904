package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.netbasics.cli.PackagedTool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running process the test talks to (the packaged tool, a Python script, ncat): lines typed into its standard
 * input, its standard output and error read line by line as UTF-8 with a time limit, stopped by {@link #close}.
 */
final class LiveProcess implements AutoCloseable {

    /** How long a test waits for one expected line; every wait is bounded. */
    static final long WAIT_SECONDS = 30;
    private static final String END = new String("end of stream");
    private static final Pattern LISTENING = Pattern.compile("Listening on .*:(\\d+) \\(.*\\)");

    private final Process process;
    private final OutputStream input;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
    private int port;
    private String banner;

    private LiveProcess(Process process) {
        this.process = process;
        this.input = process.getOutputStream();
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /** The packaged tool, started as configured. */
    static LiveProcess start(PackagedTool tool) {
        return new LiveProcess(tool.start());
    }

    /** Another program (a peer). */
    static LiveProcess start(List<String> command) {
        try {
            return new LiveProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged server, started with port 0; returns once it has said which port it took. */
    static LiveProcess server(PackagedTool tool) {
        return listening(start(tool));
    }

    /** The packaged server started by a command around it (such as env). */
    static LiveProcess server(List<String> command) {
        return listening(start(command));
    }

    private static LiveProcess listening(LiveProcess server) {
        server.banner = server.nextError(LISTENING.asMatchPredicate());
        Matcher listening = LISTENING.matcher(server.banner);
        assertTrue(listening.matches());
        server.port = Integer.parseInt(listening.group(1));
        return server;
    }

    /** What a server started by {@link #server} said when it began to listen. */
    String banner() {
        return banner;
    }

    /** The port of a server started by {@link #server}. */
    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    /** Sends the process a signal by its name ({@code INT}, {@code TERM}). */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        assertTrue(kill.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + name);
    }

    /** Types a line (UTF-8, newline added). */
    void type(String line) {
        try {
            input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends standard input. */
    void endInput() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line of standard output; fails the test when none comes in time or the output ends. */
    String nextLine() {
        return take(out, "standard output");
    }

    /** Skips standard output up to the first line that matches, and returns it. */
    String nextLine(Predicate<String> wanted) {
        for (String line = nextLine(); ; line = nextLine()) {
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Skips standard error up to the first line that matches, and returns it. */
    String nextError(Predicate<String> wanted) {
        for (String line = take(err, "standard error"); ; line = take(err, "standard error")) {
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Waits for the process to end by itself; its exit status. */
    int exitStatus() throws InterruptedException {
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "still running after " + WAIT_SECONDS + " s");
        return process.exitValue();
    }

    /** What is left of standard output, once the process has ended. */
    String remainingOutput() throws InterruptedException {
        return drain(out);
    }

    /** What is left of standard error, once the process has ended. */
    String remainingErrors() throws InterruptedException {
        return drain(err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private String drain(BlockingQueue<String> lines) throws InterruptedException {
        exitStatus();
        StringBuilder text = new StringBuilder();
        for (String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS); line != null && line != END;
                line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private String take(BlockingQueue<String> lines, String stream) {
        try {
            String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                fail("nothing more on " + stream + " within " + WAIT_SECONDS + " s");
            }
            if (line == END) {
                lines.add(END);
                fail(stream + " ended" + (process.isAlive() ? "" : "; exit status " + process.exitValue()));
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void pump(InputStream stream, BlockingQueue<String> lines) {
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
            lines.add(END);
        });
    }
}
