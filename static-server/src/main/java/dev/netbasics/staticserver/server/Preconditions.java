package dev.netbasics.staticserver.server;

/**
 * Conditional requests (RFC 9110, 13): If-Match, If-Unmodified-Since, If-None-Match and If-Modified-Since,
 * evaluated in the order of 13.2.2 against a representation's validators, and If-Range (13.1.5). They are
 * evaluated only for answers that would otherwise be 2xx (13.2.1): a redirect or an error never gets here.
 */
final class Preconditions {

    /** A representation without a modification time (a directory listing). */
    static final long NO_DATE = Long.MIN_VALUE;

    enum Outcome {
        /** Perform the method: send the representation (or the ranges of it). */
        PROCEED,
        /** 304: the client's copy is current. */
        NOT_MODIFIED,
        /** 412: a precondition the client set does not hold. */
        FAILED
    }

    private Preconditions() {
    }

    /**
     * RFC 9110, 13.2.2, steps 1 to 4, for a GET or HEAD of a representation with this strong entity tag (or
     * none: null) and this modification time in epoch seconds (or {@link #NO_DATE}).
     */
    static Outcome evaluate(HttpRequest request, String etag, long modifiedSeconds) {
        String ifMatch = request.header("if-match");
        if (ifMatch != null) {
            // 13.1.1: strong comparison; "*" holds for any current representation, which this is.
            if (!matches(ifMatch, etag, true)) {
                return Outcome.FAILED;
            }
        } else {
            // 13.1.4: ignored when not one valid date, or without a modification time.
            long since = date(request.header("if-unmodified-since"));
            if (since != NO_DATE && modifiedSeconds != NO_DATE && modifiedSeconds > since) {
                return Outcome.FAILED;
            }
        }
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null) {
            // 13.1.2: weak comparison; a match means the client's copy will do (304 for GET and HEAD).
            return matches(ifNoneMatch, etag, false) ? Outcome.NOT_MODIFIED : Outcome.PROCEED;
        }
        // 13.1.3: ignored with If-None-Match, when not one valid date, or without a modification time.
        long since = date(request.header("if-modified-since"));
        if (since != NO_DATE && modifiedSeconds != NO_DATE && modifiedSeconds <= since) {
            return Outcome.NOT_MODIFIED;
        }
        return Outcome.PROCEED;
    }

    /**
     * RFC 9110, 13.1.5 (step 5 of 13.2.2): whether a Range is to be served. Without If-Range it is; with an
     * entity tag, only if it is this representation's by strong comparison (a weak tag never is); with a date,
     * only if it is exactly the Last-Modified date. Anything else is a condition that does not hold: the whole
     * representation is sent instead of the ranges.
     */
    static boolean rangeApplies(HttpRequest request, String etag, long modifiedSeconds) {
        String ifRange = request.header("if-range");
        if (ifRange == null) {
            return true;
        }
        if (ifRange.startsWith("\"")) {
            return ifRange.equals(etag);
        }
        long date = date(ifRange);
        return date != NO_DATE && date == modifiedSeconds;
    }

    /** One HTTP-date, or {@link #NO_DATE} for none, a list of dates, or anything else. */
    private static long date(String value) {
        if (value == null) {
            return NO_DATE;
        }
        long seconds = HttpDates.parseSeconds(value);
        return seconds < 0 ? NO_DATE : seconds;
    }

    /**
     * Whether {@code *} or a list of entity tags (RFC 9110, 8.8.3) holds this strong tag: by strong comparison
     * a weak tag never matches, by weak comparison {@code W/"x"} matches {@code "x"}. A value that is not such a
     * list matches nothing.
     */
    static boolean matches(String value, String etag, boolean strong) {
        if (value.equals("*")) {
            return true;
        }
        boolean matched = false;
        int i = 0;
        int end = value.length();
        while (true) {
            while (i < end && (FieldSyntax.isOws(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i == end) {
                return matched;
            }
            boolean weak = value.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= end || value.charAt(open) != '"') {
                return false;
            }
            int close = value.indexOf('"', open + 1);
            if (close < 0) {
                return false;
            }
            for (int c = open + 1; c < close; c++) {
                char ch = value.charAt(c);
                if (ch < 0x21 || ch == 0x7f) {
                    return false;
                }
            }
            if (!(strong && weak) && value.substring(open, close + 1).equals(etag)) {
                matched = true;
            }
            i = close + 1;
            while (i < end && FieldSyntax.isOws(value.charAt(i))) {
                i++;
            }
            if (i < end && value.charAt(i) != ',') {
                return false;
            }
        }
    }
}
