package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same cases against three real servers of unrelated code: Debian's vsftpd, Apache MINA FtpServer and
 * pyftpdlib, each serving the same tree on 127.0.0.1, plain and FTPS. A server per parameter, started when its first
 * case runs: one that is missing or fails does not hide the others.
 */
class FtpServersIT {

    private static final String UPLOADS = "incoming";
    private static final Map<String, Peer> PEERS = new HashMap<>();

    private static Path work;
    private static Path root;
    private static byte[] binary;
    private static TestCertificate certificate;

    @TempDir
    Path local;

    /** One server, plain and FTPS, with the user who may write to {@link #UPLOADS}. */
    private record Peer(int port, int tlsPort, String banner, String user, Map<String, String> password,
            List<AutoCloseable> parts) {

        String host() {
            return "127.0.0.1:" + port;
        }
    }

    @BeforeAll
    static void makeTree() throws Exception {
        // vsftpd's unprivileged processes must read the tree: world-readable, not the private @TempDir
        work = Files.createTempDirectory("ftp-tools-servers");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        root = Files.createDirectory(work.resolve("root"));
        Files.writeString(root.resolve("hello"), "hello\n");
        binary = new byte[200_000];
        new Random(23).nextBytes(binary);
        for (int i = 0; i < 256; i++) {
            binary[i] = (byte) i; // CR, LF and every other byte survive only in binary mode
        }
        Files.write(root.resolve("hello.c"), binary);
        Files.writeString(root.resolve("sample.txt"), "line one\r\nline two\n");
        Files.createDirectories(root.resolve("sub").resolve("deeper"));
        Files.writeString(root.resolve("sub").resolve("inner.txt"), "inside\n");
        Files.writeString(root.resolve("sub").resolve("deeper").resolve("deepest.txt"), "deep\n");
        Files.createDirectory(root.resolve(UPLOADS));
        try (var paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Files.setPosixFilePermissions(root.resolve(UPLOADS), PosixFilePermissions.fromString("rwxrwxrwx"));
        certificate = TestCertificate.create(work);
    }

    @AfterAll
    static void stopServers() throws Exception {
        for (Peer peer : PEERS.values()) {
            for (AutoCloseable part : peer.parts()) {
                part.close();
            }
        }
        PEERS.clear();
        if (work != null) {
            try (var files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Peer peer(String server) throws Exception {
        Peer peer = PEERS.get(server);
        if (peer == null) {
            peer = switch (server) {
                case "vsftpd" -> vsftpd();
                case "mina" -> mina();
                case "pyftpdlib" -> pyftpdlib();
                default -> throw new IllegalArgumentException(server);
            };
            PEERS.put(server, peer);
        }
        return peer;
    }

    private static Peer vsftpd() throws Exception {
        Vsftpd.require();
        List<AutoCloseable> parts = new ArrayList<>();
        LocalUser user = LocalUser.create("nbftpput", root);
        parts.add(user);
        try {
            Vsftpd plain = Vsftpd.start(work, "servers-plain", root, null, true);
            parts.add(plain);
            Vsftpd tls = Vsftpd.start(work, "servers-tls", root, certificate, true);
            parts.add(tls);
            return new Peer(plain.port(), tls.port(), "220 " + Vsftpd.BANNER, user.name, user.environment(), parts);
        } catch (Exception | Error e) {
            for (AutoCloseable part : parts) {
                part.close();
            }
            throw e;
        }
    }

    private static Peer mina() throws Exception {
        MinaServer plain = MinaServer.start(root, "127.0.0.1", null);
        MinaServer tls = MinaServer.start(root, "127.0.0.1", certificate);
        return new Peer(plain.port(), tls.port(), "220 Service ready for new user.", MinaServer.USER,
                ToolRun.password(MinaServer.PASSWORD), List.of(plain, tls));
    }

    private static Peer pyftpdlib() throws Exception {
        Pyftpdlib plain = Pyftpdlib.start(work, root, null);
        try {
            Pyftpdlib tls = Pyftpdlib.start(work, root, certificate);
            return new Peer(plain.port(), tls.port(), "220 " + Pyftpdlib.BANNER, MinaServer.USER,
                    ToolRun.password(MinaServer.PASSWORD), List.of(plain, tls));
        } catch (Exception | Error e) {
            plain.close();
            throw e;
        }
    }

    private String to() {
        return local.toString();
    }

    private void assertSameAsServed(String... names) throws IOException {
        assertSameAsServed(root, names);
    }

    /** The local files are those of the served directory, relative paths alike. */
    private void assertSameAsServed(Path served, String... names) throws IOException {
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(served.resolve(name)), Files.readAllBytes(local.resolve(name)), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void welcomePrintsTheBanner(String server) throws Exception {
        Peer peer = peer(server);
        ToolRun run = ToolRun.run("welcome", peer.host());
        assertEquals(0, run.status, run.toString());
        assertEquals(peer.banner() + "\n", run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void cmdPrintsEachReply(String server) throws Exception {
        // pyftpdlib answers SIZE in binary mode only (RFC 3659 section 4.1)
        ToolRun run = ToolRun.run("cmd", peer(server).host(), "--cwd", "sub", "PWD", "TYPE I", "SIZE inner.txt");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.startsWith("257 \"/sub\""), run.out);
        assertTrue(run.out.contains("\n\n200 "), run.out);
        assertTrue(run.out.endsWith("\n\n213 7\n\n"), run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void lsListsEveryEntry(String server) throws Exception {
        ToolRun run = ToolRun.run("ls", peer(server).host());
        assertEquals(0, run.status, run.toString());
        List<String> names = run.out.lines().map(line -> line.substring(line.lastIndexOf(' ') + 1)).sorted().toList();
        assertEquals(List.of("hello", "hello.c", UPLOADS, "sample.txt", "sub"), names, run.out);
    }

    /** vsftpd answers LIST of a missing directory with 226 and nothing: it must not read as an empty directory. */
    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void lsOfAMissingDirectoryFails(String server) throws Exception {
        ToolRun run = ToolRun.run("ls", peer(server).host(), "missing", "--list");
        assertEquals(1, run.status, run.toString());
        assertEquals("", run.out);
        assertTrue(run.err.startsWith("Error: cannot change directory to missing: 550"), run.err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void getSkipsSubdirectoriesQuietlyAndSaysSoInTheSummary(String server) throws Exception {
        ToolRun run = ToolRun.run("get", peer(server).host(), "--to", to());
        assertEquals(0, run.status, run.toString());
        List<String> listed = MinaServerIT.pythonList(run.out.lines().findFirst().orElseThrow());
        assertEquals(List.of("hello", "hello.c", UPLOADS, "sample.txt", "sub"), listed.stream().sorted().toList());
        assertEquals(List.of("Downloading...hello", "Downloading...hello.c", "Downloading...sample.txt"),
                run.out.lines().skip(1).sorted().toList(), run.out);
        assertEquals("2 directories not downloaded (-r downloads directories)\n", run.err);
        assertSameAsServed("hello", "hello.c", "sample.txt");
        try (var files = Files.list(local)) {
            assertEquals(List.of("hello", "hello.c", "sample.txt"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void recursiveGetDownloadsTheTree(String server) throws Exception {
        ToolRun run = ToolRun.run("get", "ftp://" + peer(server).host() + "/sub", "-r", "--to", to());
        assertEquals(0, run.status, run.toString());
        assertEquals("", run.err);
        assertEquals(List.of("Downloading...deeper/deepest.txt", "Downloading...inner.txt"),
                run.out.lines().skip(1).sorted().toList(), run.out);
        assertSameAsServed(root.resolve("sub"), "inner.txt", "deeper/deepest.txt");
    }

    /** curl's form: the URL names one file. */
    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void getOfAUrlNamingAFileDownloadsIt(String server) throws Exception {
        ToolRun run = ToolRun.run("get", "ftp://" + peer(server).host() + "/sub/inner.txt", "--to", to());
        assertEquals(0, run.status, run.toString());
        assertEquals("Downloading...inner.txt\n", run.out);
        assertEquals("inside\n", Files.readString(local.resolve("inner.txt")));
    }

    /** lftp's form: files named after HOST. */
    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void getOfNamedFilesDownloadsThem(String server) throws Exception {
        ToolRun run = ToolRun.run("get", peer(server).host(), "hello.c", "sub/inner.txt", "--to", to());
        assertEquals(0, run.status, run.toString());
        assertEquals("Downloading...hello.c\nDownloading...inner.txt\n", run.out);
        assertArrayEquals(binary, Files.readAllBytes(local.resolve("hello.c")));
        assertEquals("inside\n", Files.readString(local.resolve("inner.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void aNamedFileTheServerDoesNotHaveFails(String server) throws Exception {
        ToolRun run = ToolRun.run("get", peer(server).host(), "missing.txt", "--to", to());
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.startsWith("Warning: skipping 'missing.txt': 550"), run.err);
        assertTrue(run.err.endsWith("Error: 1 of 1 files not downloaded\n"), run.err);
        try (var files = Files.list(local)) {
            assertEquals(0, files.count());
        }
    }

    /** lftp mirror's re-run: what exists stays, what is missing comes. */
    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void skipExistingKeepsLocalFilesAndFetchesTheRest(String server) throws Exception {
        Files.writeString(local.resolve("hello"), "mine");
        ToolRun stopped = ToolRun.run("get", peer(server).host(), "--to", to());
        assertEquals(1, stopped.status, stopped.toString());
        assertTrue(stopped.err.contains("hello already exists in " + local + " (--force overwrites, --continue"
                + " resumes, --skip-existing keeps it)"), stopped.err);

        ToolRun run = ToolRun.run("get", peer(server).host(), "--to", to(), "--skip-existing");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("Skipping hello: it exists\n"), run.err);
        assertEquals("mine", Files.readString(local.resolve("hello")));
        assertSameAsServed("hello.c", "sample.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void putStoresTheFileWhole(String server) throws Exception {
        Peer peer = peer(server);
        Path upload = local.resolve(server + "-upload.bin");
        Files.write(upload, binary);
        ToolRun run = ToolRun.run(peer.password(), "put", peer.host(), "-u", peer.user(), "--dir", UPLOADS,
                upload.toString());
        assertEquals(0, run.status, run.toString());
        assertEquals("Uploading..." + upload.getFileName() + "\n", run.out);
        assertArrayEquals(binary, Files.readAllBytes(root.resolve(UPLOADS).resolve(upload.getFileName())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsftpd", "mina", "pyftpdlib"})
    void ftpsGetIsVerifiedAndWhole(String server) throws Exception {
        Peer peer = peer(server);
        ToolRun run = ToolRun.run("get", "127.0.0.1:" + peer.tlsPort(), "--tls", "--cacert",
                certificate.certificatePem().toString(), "--to", to(), "--verbose");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.err.contains("> AUTH TLS") && run.err.contains("> PROT P"), run.err);
        assertSameAsServed("hello", "hello.c", "sample.txt");
        assertFalse(Files.exists(local.resolve("sub")));
    }
}
