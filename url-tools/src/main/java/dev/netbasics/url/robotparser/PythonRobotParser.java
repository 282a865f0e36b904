package dev.netbasics.url.robotparser;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.parse.PythonStrings;
import dev.netbasics.url.parse.UrlParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python's {@code urllib.robotparser.RobotFileParser}, answer for answer ({@code --python-compat}): first
 * matching rule in file order, agent names matched as substrings of the crawler's name, the first {@code *}
 * group only, paths compared after Python's unquote/quote round trip, 401/403 disallowing everything.
 */
public final class PythonRobotParser {

    private final List<Entry> entries;
    private final Entry defaultEntry;
    private final List<String> sitemaps;
    private final boolean allowAll;
    private final boolean disallowAll;
    private final boolean parsed;

    private PythonRobotParser(List<Entry> entries, Entry defaultEntry, List<String> sitemaps, boolean allowAll,
            boolean disallowAll, boolean parsed) {
        this.entries = entries;
        this.defaultEntry = defaultEntry;
        this.sitemaps = sitemaps;
        this.allowAll = allowAll;
        this.disallowAll = disallowAll;
        this.parsed = parsed;
    }

    /** What {@code read()} leaves after an HTTP error: 401/403 disallow all, other 4xx allow all, 5xx nothing read. */
    public static PythonRobotParser afterHttpError(int status) {
        boolean denied = status == 401 || status == 403;
        boolean allowed = !denied && status >= 400 && status < 500;
        return new PythonRobotParser(List.of(), null, List.of(), allowed, denied, false);
    }

    public static PythonRobotParser parse(byte[] content) {
        List<Entry> entries = new ArrayList<>();
        Entry defaultEntry = null;
        List<String> sitemaps = new ArrayList<>();
        int state = 0;
        Entry entry = new Entry();
        for (String rawLine : PythonStrings.splitlines(new String(content, StandardCharsets.UTF_8))) {
            String line = rawLine;
            if (line.isEmpty()) {
                if (state == 1) {
                    entry = new Entry();
                    state = 0;
                } else if (state == 2) {
                    defaultEntry = add(entries, defaultEntry, entry);
                    entry = new Entry();
                    state = 0;
                }
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = PythonStrings.strip(line);
            int colon = line.indexOf(':');
            if (line.isEmpty() || colon < 0) {
                continue;
            }
            String key = PythonStrings.strip(line.substring(0, colon)).toLowerCase(Locale.ROOT);
            String value = UrlParser.unquote(PythonStrings.strip(line.substring(colon + 1)));
            switch (key) {
                case "user-agent" -> {
                    if (state == 2) {
                        defaultEntry = add(entries, defaultEntry, entry);
                        entry = new Entry();
                    }
                    entry.userAgents.add(value);
                    state = 1;
                }
                case "disallow", "allow" -> {
                    if (state != 0) {
                        entry.rules.add(new RuleLine(value, key.equals("allow")));
                        state = 2;
                    }
                }
                case "crawl-delay" -> {
                    if (state != 0) {
                        if (isDigits(PythonStrings.strip(value))) {
                            entry.delay = Integer.valueOf(PythonStrings.strip(value));
                        }
                        state = 2;
                    }
                }
                case "request-rate" -> {
                    if (state != 0) {
                        String[] numbers = value.split("/", -1);
                        if (numbers.length == 2 && isDigits(PythonStrings.strip(numbers[0]))
                                && isDigits(PythonStrings.strip(numbers[1]))) {
                            entry.requestRate = "RequestRate(requests=" + Integer.parseInt(PythonStrings.strip(
                                    numbers[0])) + ", seconds=" + Integer.parseInt(PythonStrings.strip(numbers[1]))
                                    + ")";
                        }
                        state = 2;
                    }
                }
                case "sitemap" -> sitemaps.add(value);
                default -> {
                    // robotparser ignores other records
                }
            }
        }
        if (state == 2) {
            defaultEntry = add(entries, defaultEntry, entry);
        }
        return new PythonRobotParser(List.copyOf(entries), defaultEntry, List.copyOf(sitemaps), false, false, true);
    }

    /** {@code _add_entry}: the first {@code *} entry becomes the default; later ones are dropped. */
    private static Entry add(List<Entry> entries, Entry defaultEntry, Entry entry) {
        if (entry.userAgents.contains("*")) {
            return defaultEntry == null ? entry : defaultEntry;
        }
        entries.add(entry);
        return defaultEntry;
    }

    public boolean canFetch(String userAgent, String url) {
        if (disallowAll) {
            return false;
        }
        if (allowAll) {
            return true;
        }
        if (!parsed) {
            return false;
        }
        UrlParser.Components parts = UrlParser.urlparse(UrlParser.unquote(url));
        String path = UrlParser.quote(UrlParser.urlunparse(
                new UrlParser.Components("", "", parts.path(), parts.params(), parts.query(), parts.fragment())), "/");
        if (path.isEmpty()) {
            path = "/";
        }
        for (Entry entry : entries) {
            if (entry.appliesTo(userAgent)) {
                return entry.allowance(path);
            }
        }
        return defaultEntry == null || defaultEntry.allowance(path);
    }

    /** {@code crawl_delay(agent)} as Python's repr: a number or None. */
    public String crawlDelay(String userAgent) {
        Entry entry = entryFor(userAgent);
        return entry == null || entry.delay == null ? "None" : entry.delay.toString();
    }

    /** {@code request_rate(agent)} as Python's repr. */
    public String requestRate(String userAgent) {
        Entry entry = entryFor(userAgent);
        return entry == null || entry.requestRate == null ? "None" : entry.requestRate;
    }

    /** {@code site_maps()} as Python's repr: a list, or None when there are none. */
    public String siteMaps() {
        if (sitemaps.isEmpty()) {
            return "None";
        }
        List<String> quoted = new ArrayList<>();
        for (String sitemap : sitemaps) {
            quoted.add(PythonRepr.repr(sitemap));
        }
        return "[" + String.join(", ", quoted) + "]";
    }

    private Entry entryFor(String userAgent) {
        if (!parsed) {
            return null;
        }
        for (Entry entry : entries) {
            if (entry.appliesTo(userAgent)) {
                return entry;
            }
        }
        return defaultEntry;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static final class Entry {
        final List<String> userAgents = new ArrayList<>();
        final List<RuleLine> rules = new ArrayList<>();
        Integer delay;
        String requestRate;

        boolean appliesTo(String userAgent) {
            String name = userAgent.split("/", -1)[0].toLowerCase(Locale.ROOT);
            for (String agent : userAgents) {
                if (agent.equals("*") || name.contains(agent.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        boolean allowance(String path) {
            for (RuleLine rule : rules) {
                if (rule.appliesTo(path)) {
                    return rule.allowance;
                }
            }
            return true;
        }
    }

    private static final class RuleLine {
        final String path;
        final boolean allowance;

        RuleLine(String path, boolean allowance) {
            this.allowance = path.isEmpty() && !allowance || allowance;
            this.path = UrlParser.quote(UrlParser.urlunparse(UrlParser.urlparse(path)), "/");
        }

        boolean appliesTo(String filename) {
            return path.equals("*") || filename.startsWith(path);
        }
    }
}
