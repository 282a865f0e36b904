package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A {@code .netrc} file: {@code machine}/{@code default} entries with {@code login} and {@code password}. */
final class Netrc {

    record Entry(String machine, String login, String password) {
    }

    private final List<Entry> entries;
    private final boolean readableByOthers;

    private Netrc(List<Entry> entries, boolean readableByOthers) {
        this.entries = entries;
        this.readableByOthers = readableByOthers;
    }

    static Netrc read(Path file) {
        try {
            boolean readableByOthers = false;
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                readableByOthers = permissions.contains(PosixFilePermission.GROUP_READ)
                        || permissions.contains(PosixFilePermission.OTHERS_READ);
            } catch (UnsupportedOperationException notPosix) {
                // no permission bits to check
            }
            return new Netrc(parse(Files.readString(file)), readableByOthers);
        } catch (IOException e) {
            throw new FtpToolsException(ExitCode.USAGE, "cannot read netrc file " + file + ": "
                    + FtpFailures.fileProblem(e));
        }
    }

    static List<Entry> parse(String text) {
        List<String> tokens = tokens(withoutMacros(text));
        List<Entry> entries = new ArrayList<>();
        String machine = null;
        String login = null;
        String password = null;
        boolean inEntry = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String value = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            switch (token) {
                case "machine", "default" -> {
                    if (inEntry) {
                        entries.add(new Entry(machine, login, password));
                    }
                    inEntry = true;
                    login = null;
                    password = null;
                    machine = token.equals("default") ? null : value;
                    if (token.equals("machine")) {
                        i++;
                    }
                }
                case "login", "password", "account" -> {
                    if (token.equals("login")) {
                        login = value;
                    } else if (token.equals("password")) {
                        password = value;
                    }
                    i++;
                }
                default -> {
                    // unknown tokens are ignored, as by Python's netrc and curl
                }
            }
        }
        if (inEntry) {
            entries.add(new Entry(machine, login, password));
        }
        return entries;
    }

    /** The entry for the host (and user, when known): the first matching {@code machine}, else {@code default}. */
    Entry find(String host, String user) {
        Entry fallback = null;
        for (Entry entry : entries) {
            boolean userMatches = user == null || entry.login() == null || entry.login().equals(user);
            if (entry.machine() == null) {
                if (fallback == null && userMatches) {
                    fallback = entry;
                }
            } else if (entry.machine().equalsIgnoreCase(host) && userMatches) {
                return entry;
            }
        }
        return fallback;
    }

    boolean readableByOthers() {
        return readableByOthers;
    }

    /** Drops {@code macdef} bodies: from the line that starts one up to the next empty line. */
    private static String withoutMacros(String text) {
        StringBuilder kept = new StringBuilder();
        boolean inMacro = false;
        for (String line : text.split("\n", -1)) {
            if (inMacro) {
                inMacro = !line.isBlank();
            } else if (line.strip().startsWith("macdef")) {
                inMacro = true;
            } else {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == '"') {
                StringBuilder token = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    token.append(text.charAt(i++));
                }
                i++;
                tokens.add(token.toString());
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }
}
