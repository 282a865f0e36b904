package dev.netbasics.staticserver.server;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * HTTP dates (IMF-fixdate, RFC 9110 5.6.7) and Python's access-log time stamps, each formatted once per
 * second. Their month and day names are English whatever the locale, so they are written out here rather
 * than by a locale-aware formatter, which also keeps the locale tables out of the native executable.
 */
final class HttpDates {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private record Cached(long second, String text) {
    }

    private static volatile Cached now = new Cached(-1, "");
    private static volatile Cached logNow = new Cached(-1, "");

    private HttpDates() {
    }

    /** {@code Tue, 02 Jan 2024 03:04:05 GMT}. */
    static String format(long epochMillis) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(29).append(DAYS[time.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, time.getDayOfMonth()).append(' ').append(MONTHS[time.getMonthValue() - 1]).append(' ')
                .append(time.getYear()).append(' ');
        return clock(text, time).append(" GMT").toString();
    }

    /** The Date header value for this second. */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Cached cached = now;
        if (cached.second != second) {
            cached = new Cached(second, format(second * 1000));
            now = cached;
        }
        return cached.text;
    }

    /** Python's {@code log_date_time_string()}: local time, {@code 10/Mar/2019 23:54:51}. */
    static String logNow() {
        long second = System.currentTimeMillis() / 1000;
        Cached cached = logNow;
        if (cached.second != second) {
            LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneId.systemDefault());
            StringBuilder text = twoDigits(new StringBuilder(20), time.getDayOfMonth()).append('/')
                    .append(MONTHS[time.getMonthValue() - 1]).append('/').append(time.getYear()).append(' ');
            cached = new Cached(second, clock(text, time).toString());
            logNow = cached;
        }
        return cached.text;
    }

    /**
     * Epoch seconds of an HTTP date in any of its three forms (RFC 9110, 5.6.7), or -1 when it is not one:
     * {@code Sun, 06 Nov 1994 08:49:37 GMT}, {@code Sunday, 06-Nov-94 08:49:37 GMT},
     * {@code Sun Nov  6 08:49:37 1994}. The day name must be one; whether it is that date's is not checked.
     */
    static long parseSeconds(String value) {
        String text = value.strip();
        int comma = text.indexOf(',');
        try {
            if (hasShape(text, "aaa, dd aaa dddd dd:dd:dd GMT") && isOneOf(text.substring(0, 3), DAYS)) {
                return epochSecond(digits(text, 12, 4), month(text, 8), digits(text, 5, 2), text, 17);
            }
            if (comma > 0 && isOneOf(text.substring(0, comma), LONG_DAYS)
                    && hasShape(text.substring(comma), ", dd-aaa-dd dd:dd:dd GMT")) {
                // A two-digit year is the latest one that is not more than 50 years ahead (RFC 9110, 5.6.7).
                int thisYear = LocalDateTime.now(ZoneOffset.UTC).getYear();
                int year = thisYear / 100 * 100 + digits(text, comma + 9, 2);
                return epochSecond(year > thisYear + 50 ? year - 100 : year, month(text, comma + 5),
                        digits(text, comma + 2, 2), text, comma + 12);
            }
            if (hasShape(text, "aaa aaa _d dd:dd:dd dddd") && isOneOf(text.substring(0, 3), DAYS)) {
                int day = text.charAt(8) == ' ' ? digits(text, 9, 1) : digits(text, 8, 2);
                return epochSecond(digits(text, 20, 4), month(text, 4), day, text, 11);
            }
        } catch (DateTimeException e) {
            // a day or time that does not exist, such as 31 Feb
        }
        return -1;
    }

    /** Whether {@code text} has the shape: {@code d} a digit, {@code _} a digit or space, {@code a} a letter. */
    private static boolean hasShape(String text, String shape) {
        if (text.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(i);
            boolean fits = switch (shape.charAt(i)) {
                case 'd' -> c >= '0' && c <= '9';
                case '_' -> c == ' ' || (c >= '0' && c <= '9');
                case 'a' -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                default -> c == shape.charAt(i);
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The date at {@code HH:MM:SS} from {@code clock}, whose shape has been checked. */
    private static long epochSecond(int year, int month, int day, String text, int clock) {
        return LocalDateTime.of(year, month, day, digits(text, clock, 2), digits(text, clock + 3, 2),
                digits(text, clock + 6, 2)).toEpochSecond(ZoneOffset.UTC);
    }

    /** The month named by the three letters at {@code start}; an unknown name is month 0, which LocalDateTime refuses. */
    private static int month(String text, int start) {
        String name = text.substring(start, start + 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isOneOf(String name, String[] names) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code count} digits at {@code start}, whose shape has been checked. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static StringBuilder clock(StringBuilder text, LocalDateTime time) {
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute()).append(':');
        return twoDigits(text, time.getSecond());
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
