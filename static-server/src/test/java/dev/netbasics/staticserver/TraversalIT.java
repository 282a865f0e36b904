package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the root, in any encoding: every attack ends in 404 or 400 and not a byte of the secret. */
class TraversalIT {

    private static final String SECRET = "TOP-SECRET-CONTENT";

    static final List<String> ATTACKS = List.of(
            "/../secret.txt",
            "/../../secret.txt",
            "/..%2fsecret.txt",
            "/..%2Fsecret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/.%2e/secret.txt",
            "/%2e./secret.txt",
            "/..%5csecret.txt",
            "/..\\secret.txt",
            "/\\..\\secret.txt",
            "/%5c..%5csecret.txt",
            "/%2e%2e%5c%2e%2e%5csecret.txt",
            "/sub/..%5c..%5csecret.txt",
            "/%252e%252e/secret.txt",
            "/..%252fsecret.txt",
            "//../secret.txt",
            "/./../secret.txt",
            "/sub/../../secret.txt",
            "/sub/%2e%2e/%2e%2e/secret.txt",
            "/sub%2f..%2f..%2fsecret.txt",
            "/%2f%2e%2e%2fsecret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/%c0%af",
            "/..%c0%afsecret.txt",
            "/%e0%80%ae%e0%80%ae/secret.txt",
            "/..%c1%9csecret.txt",
            "/..%00/secret.txt",
            "/secret.txt%00.html",
            "/%00",
            "/..%09/secret.txt",
            "/..%0d%0a/secret.txt",
            "/...%20/secret.txt",
            "/..%20/secret.txt",
            "/..%2e/secret.txt",
            "/..../secret.txt",
            "/....//secret.txt",
            "/..;/secret.txt",
            "/%2e%2e;/secret.txt",
            "/;/../secret.txt",
            "/%u002e%u002e/secret.txt",
            "/..%u2215secret.txt",
            "/%ef%bc%8e%ef%bc%8e/secret.txt",
            "/..%ef%bc%8fsecret.txt",
            "/%ed%b2%ae%ed%b2%ae/secret.txt",
            "/%ed%b3%80%ed%b3%80/secret.txt",
            "/..%ff/secret.txt",
            "/%fe%ff%2e%2e/secret.txt",
            "/%",
            "/%2",
            "/secret.txt",
            "http://127.0.0.1/../secret.txt",
            "//evil.example/..%2f",
            "//evil.example/%2e%2e",
            "/link-out",
            "/dir-out/secret.txt",
            "/dir-out/",
            "/sub/link-up");

    @TempDir
    static Path base;

    private static ServerProcess server;

    /** One server for the whole battery: no attack may change what it serves. */
    @BeforeAll
    static void layout() throws Exception {
        Files.writeString(base.resolve("secret.txt"), SECRET);
        Path root = Files.createDirectories(base.resolve("root"));
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("public.txt"), "public");
        Files.createSymbolicLink(root.resolve("link-out"), base.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dir-out"), base);
        Files.createSymbolicLink(root.resolve("sub/link-up"), Path.of("../../secret.txt"));
        Files.createSymbolicLink(root.resolve("link-in"), root.resolve("public.txt"));
        server = ServerProcess.serve(root);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @FieldSource("ATTACKS")
    void attackGetsNothingFromOutside(String target) throws Exception {
        RawResponse response = server.exchange("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(response.status() == 404 || response.status() == 400, target + " -> " + response.statusLine());
        assertFalse(response.text().contains(SECRET), target);
        String location = response.header("location");
        assertTrue(location == null || location.startsWith("/") && !location.startsWith("//"), location);
    }

    @Test
    void symbolicLinksInsideTheRootAreServed() throws Exception {
        RawResponse response = server.exchange("GET /link-in HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(200, response.status());
        assertEquals("public", response.text());
    }
}
