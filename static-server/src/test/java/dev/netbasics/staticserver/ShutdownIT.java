package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool as users run it: port 0, the real port in the banner, SIGTERM ends it cleanly with 0. */
class ShutdownIT {

    @TempDir
    Path root;

    @Test
    void sigtermStopsCleanlyWithStatusZero() throws Exception {
        Files.writeString(root.resolve("hello.txt"), "hello");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", System.getProperty("netbasics.jar"),
                "-b", "127.0.0.1", "-d", root.toString(), "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String banner = out.readLine();
            Matcher matcher = Pattern.compile("Serving HTTP on 127\\.0\\.0\\.1 port (\\d+) "
                    + "\\(http://127\\.0\\.0\\.1:(\\d+)/\\) \\.\\.\\.").matcher(banner);
            assertTrue(matcher.matches(), banner);
            assertEquals(matcher.group(1), matcher.group(2));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + matcher.group(1) + "/hello.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("hello", response.body());
            // kill(1) rather than Process.destroy(), which would also close the pipe we still read
            new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
            assertEquals("", out.readLine());
            assertEquals("Shutdown requested, exiting.", out.readLine());
        } finally {
            process.destroyForcibly();
        }
    }
}
