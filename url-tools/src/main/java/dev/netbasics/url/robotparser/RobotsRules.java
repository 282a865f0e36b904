package dev.netbasics.url.robotparser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * robots.txt as RFC 9309 reads it: groups of user-agent lines and their allow/disallow rules; the groups naming
 * the crawler's product token (else the {@code *} groups) merged; the longest matching rule wins, allow over
 * disallow on equal length; {@code *} matches any run of characters and a final {@code $} the end of the path;
 * paths compared in one percent-encoded form; {@code /robots.txt} always allowed.
 */
public final class RobotsRules {

    /** RFC 9309 section 2.5: at least 500 KiB must be parsed; what follows may be ignored. */
    public static final int PARSED_LIMIT_BYTES = 500 * 1024;

    private static final String ROBOTS_PATH = "/robots.txt";

    private final List<Group> groups;
    private final boolean allowAll;
    private final boolean disallowAll;

    private RobotsRules(List<Group> groups, boolean allowAll, boolean disallowAll) {
        this.groups = groups;
        this.allowAll = allowAll;
        this.disallowAll = disallowAll;
    }

    /** An unavailable robots.txt (4xx) allows everything. */
    public static RobotsRules allowingAll() {
        return new RobotsRules(List.of(), true, false);
    }

    /** An unreachable robots.txt (5xx, network failure) disallows everything. */
    public static RobotsRules disallowingAll() {
        return new RobotsRules(List.of(), false, true);
    }

    public static RobotsRules parse(byte[] content) {
        int length = Math.min(content.length, PARSED_LIMIT_BYTES);
        String text = new String(content, 0, length, StandardCharsets.UTF_8);
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean lastWasAgent = false;
        for (String rawLine : text.split("\r\n|\r|\n")) {
            int hash = rawLine.indexOf('#');
            String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent", "useragent", "user agent" -> {
                    if (!lastWasAgent) {
                        current = new Group();
                        groups.add(current);
                    }
                    current.agents.add(value.equals("*") ? "*" : productToken(value));
                    lastWasAgent = true;
                }
                case "allow", "disallow" -> {
                    if (current != null && !value.isEmpty()) {
                        current.rules.add(new Rule(normalize(value), key.equals("allow")));
                    }
                    lastWasAgent = false;
                }
                default -> {
                    // sitemap, crawl-delay and unknown records neither end a run of user-agent lines nor a group
                }
            }
        }
        return new RobotsRules(List.copyOf(groups), false, false);
    }

    public boolean isAllowed(String agent, String target) {
        if (allowAll) {
            return true;
        }
        if (disallowAll) {
            return false;
        }
        String path = normalize(pathAndQuery(target));
        if (path.equals(ROBOTS_PATH)) {
            return true;
        }
        Rule best = null;
        for (Rule rule : rulesFor(productToken(agent))) {
            if (rule.matches(path) && (best == null || rule.length() > best.length()
                    || (rule.length() == best.length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private List<Rule> rulesFor(String token) {
        List<Rule> named = new ArrayList<>();
        List<Rule> anyAgent = new ArrayList<>();
        boolean namedFound = false;
        for (Group group : groups) {
            if (!token.isEmpty() && group.agents.stream().anyMatch(agent -> agent.equalsIgnoreCase(token))) {
                named.addAll(group.rules);
                namedFound = true;
            }
            if (group.agents.contains("*")) {
                anyAgent.addAll(group.rules);
            }
        }
        return namedFound ? named : anyAgent;
    }

    /** The product token: the leading letters, '_' and '-' ({@code Googlebot/2.1} names {@code Googlebot}). */
    private static String productToken(String agent) {
        int end = 0;
        while (end < agent.length() && (Character.isLetter(agent.charAt(end)) && agent.charAt(end) < 0x80
                || agent.charAt(end) == '_' || agent.charAt(end) == '-')) {
            end++;
        }
        return agent.substring(0, end);
    }

    /** A full URL or a path: the path and query a rule is matched against, without the fragment. */
    private static String pathAndQuery(String target) {
        String rest = target;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd > 0 && rest.substring(0, schemeEnd).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            int start = schemeEnd + 3;
            int pathStart = start;
            while (pathStart < rest.length() && rest.charAt(pathStart) != '/' && rest.charAt(pathStart) != '?') {
                pathStart++;
            }
            rest = rest.substring(pathStart);
        }
        if (rest.isEmpty() || rest.charAt(0) == '?') {
            rest = "/" + rest;
        }
        return rest;
    }

    /**
     * One form for comparison (RFC 9309 section 2.2.2): non-ASCII and controls percent-encoded as UTF-8, escapes
     * of unreserved characters decoded, other escapes kept with upper-case hex.
     */
    private static String normalize(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                int decoded = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
                if (isUnreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    out.append('%').append(Character.toUpperCase((char) bytes[i + 1]))
                            .append(Character.toUpperCase((char) bytes[i + 2]));
                }
                i += 2;
            } else if (b <= 0x20 || b >= 0x7F) {
                out.append('%').append(String.format("%02X", b));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static boolean isUnreserved(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~');
    }

    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
    }

    /** A rule's pattern, matched with {@code *} as any run and a final {@code $} as the end. */
    private record Rule(String pattern, boolean allow) {

        int length() {
            return pattern.length();
        }

        boolean matches(String path) {
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            return matchFrom(body, 0, path, 0, anchored);
        }

        /** Iterative wildcard matching: linear in practice, never exponential on hostile patterns. */
        private static boolean matchFrom(String pattern, int p, String path, int s, boolean anchored) {
            int starPattern = -1;
            int starPath = -1;
            while (true) {
                if (p == pattern.length()) {
                    if (!anchored || s == path.length()) {
                        return true;
                    }
                } else if (pattern.charAt(p) == '*') {
                    starPattern = ++p;
                    starPath = s;
                    continue;
                } else if (s < path.length() && pattern.charAt(p) == path.charAt(s)) {
                    p++;
                    s++;
                    continue;
                }
                if (starPattern < 0 || starPath >= path.length()) {
                    return false;
                }
                p = starPattern;
                s = ++starPath;
            }
        }
    }
}
