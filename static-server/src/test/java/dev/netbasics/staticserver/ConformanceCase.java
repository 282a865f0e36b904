package dev.netbasics.staticserver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One raw request of the conformance table, the requirement that decides its answer, and the answers that
 * requirement allows: the status (or statuses, for a pipeline), what the connection does next, and a check of
 * the answer where the status alone does not decide. Every request is followed on the same connection by
 * {@link #FOLLOW_UP}, so a server that reads a byte of one request as part of another is caught.
 *
 * @param id a short name
 * @param rule the RFC text that decides the case
 * @param request the bytes sent (ISO-8859-1), {@code {etag}} standing for /hello.txt's entity tag
 * @param statuses the final statuses allowed for each answer
 * @param after what the connection may do after the answers
 * @param methods the method of each request in {@code request}, in order: one answer is read for each
 * @param checks further checks of the first answer
 */
record ConformanceCase(String id, Requirement rule, String request, Set<Integer> statuses, After after,
        List<String> methods, List<Check> checks) {

    /** The request after every case's own; its answer must be exactly this 200 if any. */
    static final String FOLLOW_UP = "GET /follow.txt HTTP/1.1\r\nHost: example.com\r\n\r\n";
    static final String FOLLOW_UP_BODY = "follow\n";

    /** What a case's requirement lets the connection do after its answers. */
    enum After {
        KEEPS("stays usable (answers the pipelined request)", EnumSet.of(Seen.KEEPS)),
        CLOSES("closes, the pipelined request unanswered", EnumSet.of(Seen.CLOSES)),
        EITHER("answers the pipelined request or closes", EnumSet.of(Seen.KEEPS, Seen.CLOSES)),
        NOT_FOLLOWED("never answers the pipelined request (closes, or reads it as body)",
                EnumSet.of(Seen.CLOSES, Seen.WAITS));

        final String words;
        final Set<Seen> allowed;

        After(String words, Set<Seen> allowed) {
            this.words = words;
            this.allowed = allowed;
        }
    }

    /** What a connection did after the answers. */
    enum Seen {
        KEEPS("keeps"), CLOSES("closes"), WAITS("waits"), DESYNC("DESYNC"), NO_ANSWER("no answer");

        final String words;

        Seen(String words) {
            this.words = words;
        }
    }

    /** A property of the first answer that the status alone does not show. */
    record Check(String description, Predicate<StrictResponse> holds) {
    }

    static ConformanceCase of(String id, Requirement rule, String request, int... statuses) {
        Set<Integer> allowed = new TreeSet<>();
        for (int status : statuses) {
            allowed.add(status);
        }
        return new ConformanceCase(id, rule, request, allowed, After.EITHER,
                List.of(request.substring(0, Math.max(0, request.indexOf(' ')))), List.of());
    }

    ConformanceCase keeps() {
        return with(After.KEEPS);
    }

    ConformanceCase closes() {
        return with(After.CLOSES);
    }

    ConformanceCase notFollowed() {
        return with(After.NOT_FOLLOWED);
    }

    /** The request holds a pipeline of requests with these methods, each answered in turn. */
    ConformanceCase pipeline(String... pipelined) {
        return new ConformanceCase(id, rule, request, statuses, after, List.of(pipelined), checks);
    }

    ConformanceCase check(String description, Predicate<StrictResponse> holds) {
        List<Check> more = new ArrayList<>(checks);
        more.add(new Check(description, holds));
        return new ConformanceCase(id, rule, request, statuses, after, methods, List.copyOf(more));
    }

    /** The request's HTTP version as the request line gives it (for the rules on 1xx and Transfer-Encoding). */
    String version() {
        int lineEnd = request.indexOf('\n');
        String line = (lineEnd < 0 ? request : request.substring(0, lineEnd)).strip();
        return line.endsWith("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1";
    }

    private ConformanceCase with(After next) {
        return new ConformanceCase(id, rule, request, statuses, next, methods, checks);
    }

    @Override
    public String toString() {
        return id;
    }
}
