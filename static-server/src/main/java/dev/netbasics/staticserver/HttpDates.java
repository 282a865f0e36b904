package dev.netbasics.staticserver;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates (IMF-fixdate) and Python's access-log time stamps, each formatted once per second. */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** The two obsolete forms HTTP recipients must still accept (RFC 9110, 5.6.7). */
    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.US);

    private record Cached(long second, String text) {
    }

    private static volatile Cached now = new Cached(-1, "");
    private static volatile Cached logNow = new Cached(-1, "");

    private HttpDates() {
    }

    static String format(long epochMillis) {
        return IMF_FIXDATE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The Date header value for this second. */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Cached cached = now;
        if (cached.second != second) {
            cached = new Cached(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            now = cached;
        }
        return cached.text;
    }

    /** Python's {@code log_date_time_string()}: local time, {@code 10/Mar/2019 23:54:51}. */
    static String logNow() {
        long second = System.currentTimeMillis() / 1000;
        Cached cached = logNow;
        if (cached.second != second) {
            cached = new Cached(second,
                    LOG_TIME.format(LocalDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneId.systemDefault())));
            logNow = cached;
        }
        return cached.text;
    }

    /** Epoch seconds of an HTTP date in any of its three forms, or -1 when it is not one. */
    static long parseSeconds(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {IMF_FIXDATE, RFC_850, ASCTIME}) {
            try {
                return Instant.from(format.parse(text.strip())).getEpochSecond();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return -1;
    }
}
