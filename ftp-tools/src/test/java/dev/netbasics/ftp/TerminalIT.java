package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.PackagedTool;
import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool, jar or native executable, on a real terminal (a pseudo-terminal from util-linux's
 * {@code script}): the password prompt does not echo, Ctrl-C there restores echo, and downloads draw a progress bar,
 * which never appears off a terminal (see MinaServerIT).
 */
class TerminalIT {

    private static final String PROMPT = "Password for student@127.0.0.1: ";

    @TempDir
    Path root;

    @TempDir
    Path local;

    @Test
    void promptsForThePasswordWithoutEchoAndDrawsProgress() throws Exception {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "bsdutils (util-linux script, for a pseudo-terminal)");
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(5).nextBytes(content);
        Files.write(root.resolve("data.bin"), content);
        try (MinaServer server = MinaServer.start(root, "127.0.0.1", null)) {
            Process process = PackagedTool.of("get", "127.0.0.1", "-p", Integer.toString(server.port()), "-u",
                    "student", "--to", local.toString()).startOnTerminal();
            StringBuffer screen = new StringBuffer();
            Thread reader = new Thread(() -> copy(process.getInputStream(), screen));
            reader.start();
            waitFor(screen, process);
            try (OutputStream keyboard = process.getOutputStream()) {
                keyboard.write((MinaServer.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), screen.toString());
            }
            reader.join(5000);
            String shown = screen.toString();
            assertEquals(0, process.exitValue(), shown);
            assertFalse(shown.contains(MinaServer.PASSWORD), "the password was echoed:\n" + shown);
            assertTrue(shown.contains("\rdata.bin 100% [========================] 3.0 MiB / 3.0 MiB"), shown);
            assertTrue(shown.contains("Downloading...data.bin"), shown);
            assertArrayEquals(content, Files.readAllBytes(local.resolve("data.bin")));
        }
    }

    /** The password prompt turns echo off; Ctrl-C there must not leave the terminal so, natively too. */
    @Test
    void ctrlCAtThePasswordPromptLeavesTheTerminalEchoing() throws Exception {
        Prerequisites.requireExecutable(PackagedTool.TERMINAL, "bsdutils (util-linux script, for a pseudo-terminal)");
        try (ScriptedFtpServer server = new ScriptedFtpServer().start()) {
            StringBuilder script = new StringBuilder("trap : INT\n");
            for (String word : PackagedTool.of("welcome", "127.0.0.1", "-p", Integer.toString(server.port()), "-u",
                    "student").command()) {
                script.append('\'').append(word.replace("'", "'\\''")).append("' ");
            }
            script.append("\necho \"status=$?\"\nstty -a\n");
            Path shellScript = Files.writeString(local.resolve("interrupt.sh"), script);
            Process process = new ProcessBuilder(PackagedTool.TERMINAL.toString(), "-qec", "sh " + shellScript,
                    "/dev/null").redirectErrorStream(true).start();
            StringBuffer screen = new StringBuffer();
            Thread reader = new Thread(() -> copy(process.getInputStream(), screen));
            reader.start();
            waitFor(screen, process);
            try (OutputStream keyboard = process.getOutputStream()) {
                keyboard.write(3); // Ctrl-C
                keyboard.flush();
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), screen.toString());
            }
            reader.join(5000);
            String shown = screen.toString();
            assertTrue(shown.contains("status=130"), shown);
            List<String> settings = List.of(shown.substring(shown.indexOf("status=")).split("[\\s;]+"));
            assertTrue(settings.contains("echo") && !settings.contains("-echo"), shown);
        }
    }

    private static void waitFor(StringBuffer screen, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (screen.indexOf(PROMPT) < 0 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(screen.indexOf(PROMPT) >= 0, screen.toString());
    }

    private static void copy(InputStream in, StringBuffer screen) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            screen.append("[read failed: ").append(e.getMessage()).append(']');
        }
    }
}
