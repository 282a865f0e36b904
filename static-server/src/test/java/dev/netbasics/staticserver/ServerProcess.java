package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged static-server as users run it (the jar, or the native executable under
 * {@code -Dnetbasics.nativeDir}), serving a directory on 127.0.0.1 with port 0; the port comes from its banner.
 * Standard output and error are collected as they come; {@link #close} stops it with SIGTERM.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern BANNER =
            Pattern.compile("Serving HTTP on 127\\.0\\.0\\.1 port (\\d+) \\(http://127\\.0\\.0\\.1:(\\d+)/\\) \\.\\.\\.");
    private static final long START_SECONDS = 60;
    /** What the standard output queue gets when the stream ends, so a reader waiting for a line learns it at once. */
    private static final String END_OF_OUTPUT = new String("end of output");

    final Process process;
    final int port;
    final String banner;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final StringBuffer err = new StringBuffer();
    private final Thread errReader;

    private ServerProcess(Process process) throws IOException, InterruptedException {
        this.process = process;
        Thread.ofPlatform().daemon().start(() -> collectLines(process.getInputStream(), out));
        errReader = Thread.ofPlatform().daemon().start(() -> collect(process.getErrorStream(), err));
        String first = out.poll(START_SECONDS, TimeUnit.SECONDS);
        Matcher matcher = first == null || first == END_OF_OUTPUT ? null : BANNER.matcher(first);
        if (matcher == null || !matcher.matches()) {
            process.destroyForcibly();
            errReader.join(5_000);
            throw new IOException("static-server did not start: " + first + " " + err);
        }
        banner = first;
        assertTrue(matcher.group(1).equals(matcher.group(2)), banner);
        port = Integer.parseInt(matcher.group(1));
    }

    /** Serves {@code root} with these further options. */
    static ServerProcess serve(Path root, String... options) throws IOException, InterruptedException {
        return start(tool(root, options));
    }

    /** The tool that serves {@code root} with these options, to be given a locale or environment, then started. */
    static PackagedTool tool(Path root, String... options) {
        return PackagedTool.of(arguments(root, options));
    }

    static ServerProcess start(PackagedTool tool) throws IOException, InterruptedException {
        return new ServerProcess(tool.start());
    }

    /**
     * Serves {@code root} with SIGINT at its default action, as a terminal's foreground job has it: a job
     * started in the background by a non-interactive shell (a CI script, say) inherits SIGINT ignored.
     */
    static ServerProcess serveInterruptible(Path root, String... options) throws IOException, InterruptedException {
        return serveThrough(List.of("env", "--default-signal=INT"), root, options);
    }

    /** Serves {@code root} through a command that runs the tool ({@code setpriv ... --}, say). */
    static ServerProcess serveThrough(List<String> prefix, Path root, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(tool(root, options).command());
        return new ServerProcess(new ProcessBuilder(command).start());
    }

    private static String[] arguments(Path root, String... options) {
        List<String> args = new ArrayList<>(List.of("-b", "127.0.0.1", "-d", root.toString()));
        args.addAll(List.of(options));
        args.add("0");
        return args.toArray(String[]::new);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** Sends raw bytes on a new connection and reads one response. */
    RawResponse exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            write(socket.getOutputStream(), request);
            return RawResponse.read(socket.getInputStream(), request.startsWith("HEAD "));
        }
    }

    /** Standard error once it holds {@code fragment} (at most 10 s), as Python's log lines go there. */
    String logContaining(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!err.toString().contains(fragment) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return err.toString();
    }

    /** The next line of standard output, or null if none comes within 20 s or the output has ended. */
    String nextOutputLine() throws InterruptedException {
        String line = out.poll(20, TimeUnit.SECONDS);
        if (line == END_OF_OUTPUT) {
            out.add(END_OF_OUTPUT);
            return null;
        }
        return line;
    }

    /** Sends a signal by name (TERM, INT) and waits for the exit; returns the exit status. */
    int stop(String signal) throws IOException, InterruptedException {
        signal(signal);
        return awaitExit();
    }

    void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
    }

    int awaitExit() throws InterruptedException {
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "still running 30 s after the signal");
        errReader.join(5_000);
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop("TERM");
        }
        process.destroyForcibly();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void collectLines(InputStream stream, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    private static void collect(InputStream stream, StringBuffer text) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
