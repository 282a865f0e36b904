package dev.netbasics.staticserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The conformance table against static-server and a peer serving the same files, side by side: which cases
 * they answer differently (another status, or another fate of the connection, or one of them outside what the
 * requirement allows), each with what both did and the RFC text that decides it. The report is printed and
 * written to {@code target/<peer>-differences.md}.
 */
final class Differential {

    private Differential() {
    }

    /** The cases answered differently, and the report. */
    record Result(Set<String> differing, String report) {
    }

    static Result compare(String peer, int serverPort, int peerPort) throws IOException {
        Map<String, String> ours = ConformanceRun.values(serverPort);
        Map<String, String> theirs = ConformanceRun.values(peerPort);
        List<String> entries = new ArrayList<>();
        Set<String> differing = new TreeSet<>();
        int oursBroken = 0;
        int theirsBroken = 0;
        for (ConformanceCase testCase : ConformanceCases.ALL) {
            ConformanceRun.Outcome a = ConformanceRun.run(serverPort, testCase, ours);
            ConformanceRun.Outcome b = ConformanceRun.run(peerPort, testCase, theirs);
            oursBroken += a.conformsToRfc() ? 0 : 1;
            theirsBroken += b.conformsToRfc() ? 0 : 1;
            if (a.status() != b.status() || a.seen() != b.seen() || a.conformsToRfc() != b.conformsToRfc()) {
                differing.add(testCase.id());
                entries.add(entry(peer, testCase, a, b));
            }
        }
        String report = "# static-server and " + peer + " on the conformance table\n\n" + differing.size() + " of "
                + ConformanceCases.ALL.size() + " cases answered differently. Outside what the RFC allows: "
                + "static-server " + oursBroken + ", " + peer + " " + theirsBroken + ".\n\n"
                + String.join("\n", entries);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("netbasics.jar")).resolveSibling(peer + "-differences.md"),
                report);
        return new Result(differing, report);
    }

    private static String entry(String peer, ConformanceCase testCase, ConformanceRun.Outcome ours,
            ConformanceRun.Outcome theirs) {
        return "## " + testCase.id() + " (" + testCase.rule() + ")\n\n"
                + "- request: `" + StrictResponse.printable(testCase.request()) + "`\n"
                + "- allowed: " + testCase.statuses() + ", the connection " + testCase.after().words + "\n"
                + "- static-server: " + ours.summary() + verdict(ours) + "\n"
                + "- " + peer + ": " + theirs.summary() + verdict(theirs) + "\n"
                + "- decided by: " + testCase.rule().text() + "\n";
    }

    private static String verdict(ConformanceRun.Outcome outcome) {
        List<String> rfc = outcome.problems().stream()
                .filter(problem -> !problem.startsWith(StrictResponse.PROJECT_RULE)).toList();
        return rfc.isEmpty() ? " (allowed)" : " (not allowed: " + String.join("; ", rfc) + ")";
    }

    /**
     * The cases pinned as answered otherwise by the peer, from {@code <peer>-differences.txt} beside this class:
     * each line a case and the class of difference the README explains.
     */
    static Set<String> documented(String peer) throws IOException {
        Set<String> cases = new TreeSet<>();
        try (InputStream in = Differential.class.getResourceAsStream(peer + "-differences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.strip().split("\\s+")[0]);
                }
            }
        }
        return cases;
    }

    /** A free port on 127.0.0.1 for a peer that cannot pick one itself and tell it (Python's http.server). */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Waits (at most 20 s) until the peer accepts connections on the port. */
    static void awaitListening(Process peer, int port, Supplier<String> output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (!peer.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("the peer did not start: " + output.get(), notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    static void stop(Process peer) throws InterruptedException {
        peer.destroy();
        if (!peer.waitFor(10, TimeUnit.SECONDS)) {
            peer.destroyForcibly();
        }
    }
}
