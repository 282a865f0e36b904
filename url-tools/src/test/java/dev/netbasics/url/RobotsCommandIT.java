package dev.netbasics.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobotsCommandIT {

    /** The README's "the first 500 KiB parsed". */
    private static final int README_PARSED_LIMIT = 500 * 1024;

    @AutoClose
    private final TestHttpServer server = TestHttpServer.start();

    @TempDir
    Path directory;

    @Test
    void answersEachPathAndExits3WhenOneIsDisallowed() {
        ToolRun run = ToolRun.run("robots", server.url("/robots.txt"), "--agent", "mybot", "/public", "/private/x");
        assertEquals(3, run.status(), run.err());
        assertEquals("allowed /public\ndisallowed /private/x\n", run.outText());
        ToolRun allowed = ToolRun.run("robots", server.url("/robots.txt"), "/public", "/also-public");
        assertEquals(0, allowed.status(), allowed.err());
    }

    @Test
    void infoPrintsWhatRobotparserExposes() throws IOException {
        Path robots = Files.writeString(directory.resolve("robots.txt"), """
                User-agent: *
                Crawl-delay: 10
                Request-rate: 3/20
                Disallow: /private
                Sitemap: https://example.com/sitemap.xml
                Sitemap: https://example.com/news.xml
                """);
        ToolRun run = ToolRun.run("robots", robots.toString(), "--info");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                crawl-delay: 10
                request-rate: RequestRate(requests=3, seconds=20)
                sitemaps: ['https://example.com/sitemap.xml', 'https://example.com/news.xml']
                """, run.outText());
        ToolRun none = ToolRun.run("robots", server.url("/status/404"), "--info", "--python-compat");
        assertEquals("crawl-delay: None\nrequest-rate: None\nsitemaps: None\n", none.outText());
    }

    @Test
    void unavailableRobotsTxtAllowsEverythingUnreachableDisallows() {
        ToolRun notFound = ToolRun.run("robots", server.url("/status/404"), "/x");
        assertEquals(0, notFound.status());
        assertEquals("allowed /x\n", notFound.outText());
        assertTrue(notFound.err().startsWith("Warning: "), notFound.err());
        ToolRun serverError = ToolRun.run("robots", server.url("/status/503"), "/x");
        assertEquals(3, serverError.status());
        assertEquals("disallowed /x\n", serverError.outText());
        ToolRun forbidden = ToolRun.run("robots", server.url("/status/403"), "/x");
        assertEquals("allowed /x\n", forbidden.outText());
    }

    @Test
    void pythonCompatTreats401And403AsDisallowAndServerErrorsAsNothingRead() {
        assertEquals("disallowed /x\n", ToolRun.run("robots", "--python-compat", server.url("/status/403"), "/x").outText());
        assertEquals("allowed /x\n", ToolRun.run("robots", "--python-compat", server.url("/status/404"), "/x").outText());
        assertEquals("disallowed /x\n", ToolRun.run("robots", "--python-compat", server.url("/status/500"), "/x").outText());
    }

    @Test
    void noAnswerAtAllDisallowsEverything() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ToolRun run = ToolRun.run("robots", "http://127.0.0.1:" + port + "/robots.txt", "/x");
        assertEquals(3, run.status());
        assertEquals("disallowed /x\n", run.outText());
        assertTrue(run.err().contains("Connection refused"), run.err());
        ToolRun python = ToolRun.run("robots", "--python-compat", "http://127.0.0.1:" + port + "/robots.txt", "/x");
        assertEquals(ExitCode.UNREACHABLE, python.status());
        assertEquals("Error: <urlopen error [Errno 111] Connection refused>\n", python.err());
    }

    @Test
    void robotsFromDataAndFileUrls() {
        ToolRun data = ToolRun.run("robots", "data:,User-agent:%20*%0ADisallow:%20/a", "/a", "/b");
        assertEquals("disallowed /a\nallowed /b\n", data.outText());
    }

    @Test
    void usageErrors() {
        assertEquals(2, ToolRun.run("robots", server.url("/robots.txt")).status());
        ToolRun missing = ToolRun.run("robots", directory.resolve("none.txt").toString(), "/x");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("Error: no such file: "), missing.err());
    }

    @Test
    void hugeRobotsFilesAreCutAtTheParsingLimitAndHostilePatternsStayFast() throws IOException {
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /").append("*a".repeat(2_000))
                .append("$\n");
        while (robots.length() < README_PARSED_LIMIT + 1000) {
            robots.append("# filler filler filler filler filler filler filler filler\n");
        }
        robots.append("Disallow: /after-the-limit\n");
        Path file = Files.writeString(directory.resolve("robots.txt"), robots);
        ToolRun run = ToolRun.run("robots", file.toString(), "/" + "a".repeat(5_000) + "b", "/after-the-limit");
        assertEquals("allowed /" + "a".repeat(5_000) + "b\nallowed /after-the-limit\n", run.outText());
    }
}
