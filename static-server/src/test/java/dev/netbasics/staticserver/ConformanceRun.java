package dev.netbasics.staticserver;

import dev.netbasics.staticserver.ConformanceCase.Seen;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends one case of the conformance table to a server on 127.0.0.1, followed by the pipelined
 * {@link ConformanceCase#FOLLOW_UP}, and records what came back: the answers, read strictly, and what the
 * connection did next. {@link Outcome#problems} holds everything the case's requirement does not allow.
 */
final class ConformanceRun {

    /** How long an answer may take; a server waiting for the rest of a body is seen to wait after this. */
    private static final int ANSWER_MILLIS = 10_000;
    private static final int NEXT_MILLIS = 3_000;

    private ConformanceRun() {
    }

    /** What a server did with a case. */
    record Outcome(ConformanceCase testCase, List<StrictResponse> answers, Seen seen, List<String> problems) {

        int status() {
            return answers.isEmpty() ? 0 : answers.get(0).status;
        }

        boolean conforms() {
            return problems.isEmpty();
        }

        /** Whether the outcome keeps the case's RFC requirement and the RFC rules on responses. */
        boolean conformsToRfc() {
            return problems.stream().allMatch(problem -> problem.startsWith(StrictResponse.PROJECT_RULE));
        }

        /** {@code 200, keeps}; {@code 100 200, closes}. */
        String summary() {
            String statuses = answers.stream()
                    .map(answer -> answer.interim.stream().map(String::valueOf).collect(Collectors.joining(" "))
                            + (answer.interim.isEmpty() ? "" : " ") + answer.status)
                    .collect(Collectors.joining(" | "));
            return (statuses.isEmpty() ? "-" : statuses) + ", " + seen.words;
        }
    }

    /**
     * The values a case's placeholders stand for on the server at this port: its entity tag of /hello.txt, or
     * one it cannot have given when it gives none (Python's http.server).
     */
    static Map<String, String> values(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(ANSWER_MILLIS);
            socket.getOutputStream().write("GET /hello.txt HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            StrictResponse answer = StrictResponse.read(new BufferedInputStream(socket.getInputStream()), "GET",
                    "HTTP/1.1");
            if (answer == null) {
                throw new IOException("no answer to GET /hello.txt on port " + port);
            }
            String etag = answer.field("etag");
            return Map.of(ConformanceCases.ETAG, etag == null ? "\"no-etag-given\"" : etag);
        }
    }

    /** Runs the case, its placeholders replaced by {@code values}. */
    static Outcome run(int port, ConformanceCase testCase, Map<String, String> values) throws IOException {
        String request = testCase.request();
        for (Map.Entry<String, String> value : values.entrySet()) {
            request = request.replace(value.getKey(), value.getValue());
        }
        List<StrictResponse> answers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Seen seen;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(ANSWER_MILLIS);
            socket.getOutputStream().write((request + ConformanceCase.FOLLOW_UP).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            seen = answers(in, testCase, answers, problems);
            if (seen == null) {
                socket.setSoTimeout(NEXT_MILLIS);
                seen = next(in, answers.get(answers.size() - 1).closes(), problems);
            }
        } catch (StrictResponse.NotHttp e) {
            problems.add("not an HTTP response: " + e.getMessage());
            seen = answers.isEmpty() ? Seen.NO_ANSWER : Seen.DESYNC;
        } catch (IOException e) {
            problems.add("the connection failed: " + e);
            seen = answers.isEmpty() ? Seen.NO_ANSWER : Seen.CLOSES;
        }
        judge(testCase, answers, seen, problems);
        return new Outcome(testCase, answers, seen, problems);
    }

    /** Reads one answer per request of the case; null when all came, else what the connection did instead. */
    private static Seen answers(InputStream in, ConformanceCase testCase, List<StrictResponse> answers,
            List<String> problems) throws IOException {
        for (String method : testCase.methods()) {
            StrictResponse answer;
            try {
                answer = StrictResponse.read(in, method, testCase.version());
            } catch (SocketTimeoutException e) {
                return answers.isEmpty() ? Seen.NO_ANSWER : Seen.WAITS;
            }
            if (answer == null) {
                return answers.isEmpty() ? Seen.NO_ANSWER : Seen.CLOSES;
            }
            answers.add(answer);
            problems.addAll(answer.violations);
            if (answer.closes() && answers.size() < testCase.methods().size()) {
                return next(in, true, problems);
            }
        }
        return null;
    }

    /** After the answers: the pipelined request's answer, the end of the connection, or nothing for a while. */
    private static Seen next(InputStream in, boolean announcedClose, List<String> problems) throws IOException {
        StrictResponse answer;
        try {
            answer = StrictResponse.read(in, "GET", "HTTP/1.1");
        } catch (SocketTimeoutException e) {
            if (announcedClose) {
                problems.add("the connection stayed open after Connection: close (RFC 9112 §9.6: MUST close)");
            }
            return Seen.WAITS;
        }
        if (answer == null) {
            return Seen.CLOSES;
        }
        if (announcedClose) {
            problems.add("an answer after Connection: close (RFC 9112 §9.6: MUST NOT process further requests)");
        }
        if (answer.status != 200 || !answer.text().equals(ConformanceCase.FOLLOW_UP_BODY)) {
            problems.add("the pipelined GET /follow.txt got " + answer.statusLine + " \""
                    + StrictResponse.printable(answer.text()) + "\": a byte of one request was read as another");
            return Seen.DESYNC;
        }
        problems.addAll(answer.violations);
        return Seen.KEEPS;
    }

    private static void judge(ConformanceCase testCase, List<StrictResponse> answers, Seen seen, List<String> problems) {
        for (StrictResponse answer : answers) {
            if (!testCase.statuses().contains(answer.status)) {
                problems.add("status " + answer.status + ", where " + testCase.rule() + " allows "
                        + testCase.statuses());
            }
        }
        if (answers.size() < testCase.methods().size() && seen != Seen.NO_ANSWER) {
            problems.add(answers.size() + " answers to " + testCase.methods().size() + " requests");
        }
        if (seen == Seen.NO_ANSWER) {
            problems.add("no answer");
        } else if (!testCase.after().allowed.contains(seen) && seen != Seen.DESYNC) {
            problems.add("the connection " + seen.words + ", where it must be: " + testCase.after().words);
        }
        if (!answers.isEmpty()) {
            for (ConformanceCase.Check check : testCase.checks()) {
                if (!check.holds().test(answers.get(0))) {
                    problems.add("not so: " + check.description());
                }
            }
        }
    }
}
