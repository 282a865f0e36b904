package dev.netbasics.staticserver.server;

import java.util.ArrayList;
import java.util.List;

/** The {@code Range: bytes=…} header (RFC 9110, 14.2): single, multiple and suffix ranges. */
final class ByteRanges {

    /** More ranges than this in one request are served as the whole file instead (as nginx does). */
    static final int MAX_RANGES = 16;

    /** An inclusive byte range. */
    record Range(long first, long last) {
        long length() {
            return last - first + 1;
        }

        String contentRange(long size) {
            return "bytes " + first + "-" + last + "/" + size;
        }
    }

    /** What a Range header asks of a file: ignore it, refuse it (416), or serve these ranges. */
    record Outcome(boolean ignore, List<Range> ranges) {
        boolean unsatisfiable() {
            return !ignore && ranges.isEmpty();
        }
    }

    private static final Outcome IGNORE = new Outcome(true, List.of());

    private ByteRanges() {
    }

    /**
     * RFC 9110, 14.1: a range is satisfiable when its first byte lies in the file, or when it is a suffix of
     * non-zero length of a non-empty file; a header whose every range is unsatisfiable gets 416, one that
     * breaks the syntax is ignored (the whole file is sent).
     */
    static Outcome parse(String header, long size) {
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, "bytes=".length())) {
            return IGNORE;
        }
        String[] specs = value.substring("bytes=".length()).split(",", -1);
        if (specs.length > MAX_RANGES) {
            return IGNORE;
        }
        List<Range> ranges = new ArrayList<>();
        int given = 0;
        for (String rawSpec : specs) {
            String spec = rawSpec.strip();
            if (spec.isEmpty()) {
                // empty list elements are allowed (RFC 9110, 5.6.1)
                continue;
            }
            given++;
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return IGNORE;
            }
            try {
                if (dash == 0) {
                    long suffix = parseDigits(spec.substring(1));
                    if (suffix > 0 && size > 0) {
                        ranges.add(new Range(Math.max(0, size - suffix), size - 1));
                    }
                    continue;
                }
                long first = parseDigits(spec.substring(0, dash));
                String lastText = spec.substring(dash + 1);
                long last = lastText.isEmpty() ? Long.MAX_VALUE : parseDigits(lastText);
                if (last < first) {
                    return IGNORE;
                }
                if (first < size) {
                    ranges.add(new Range(first, Math.min(last, size - 1)));
                }
            } catch (NumberFormatException e) {
                return IGNORE;
            }
        }
        return given == 0 ? IGNORE : new Outcome(false, coalesced(ranges));
    }

    /** Overlapping or adjacent ranges merged, so a client cannot make the server send a byte twice. */
    private static List<Range> coalesced(List<Range> ranges) {
        if (ranges.size() < 2) {
            return ranges;
        }
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Long.compare(a.first, b.first));
        boolean overlapping = false;
        for (int i = 1; i < sorted.size(); i++) {
            overlapping |= sorted.get(i).first <= sorted.get(i - 1).last + 1;
        }
        if (!overlapping) {
            return ranges;
        }
        List<Range> merged = new ArrayList<>();
        Range current = sorted.get(0);
        for (Range next : sorted.subList(1, sorted.size())) {
            if (next.first <= current.last + 1) {
                current = new Range(current.first, Math.max(current.last, next.last));
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    /** A run of digits; a number too large for a long stands for a position past any file. */
    private static long parseDigits(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException(text);
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new NumberFormatException(text);
            }
            value = value > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : value * 10 + digit;
        }
        return value;
    }
}
