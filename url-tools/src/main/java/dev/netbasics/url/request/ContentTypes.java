package dev.netbasics.url.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Content-type urllib gives {@code file:} and {@code ftp:} resources: Python's {@code mimetypes.guess_type},
 * which starts from a built-in table and lets the system's {@code /etc/mime.types} override it, so both tools
 * agree on the same machine.
 */
final class ContentTypes {

    private static final Path SYSTEM_TABLE = Path.of("/etc/mime.types");

    private static final Map<String, String> SUFFIX_ALIASES = Map.of(
            ".svgz", ".svg.gz", ".tgz", ".tar.gz", ".taz", ".tar.gz", ".tz", ".tar.gz", ".tbz2", ".tar.bz2",
            ".txz", ".tar.xz");

    private static final Set<String> COMPRESSION_SUFFIXES = Set.of(".gz", ".Z", ".bz2", ".xz", ".br");

    private final Map<String, String> typesBySuffix;

    private ContentTypes(Map<String, String> typesBySuffix) {
        this.typesBySuffix = typesBySuffix;
    }

    static ContentTypes load() {
        Map<String, String> types = new HashMap<>(Map.ofEntries(
                Map.entry(".html", "text/html"), Map.entry(".htm", "text/html"), Map.entry(".txt", "text/plain"),
                Map.entry(".c", "text/plain"), Map.entry(".h", "text/plain"), Map.entry(".py", "text/x-python"),
                Map.entry(".css", "text/css"), Map.entry(".csv", "text/csv"), Map.entry(".js", "text/javascript"),
                Map.entry(".json", "application/json"), Map.entry(".xml", "text/xml"),
                Map.entry(".pdf", "application/pdf"), Map.entry(".zip", "application/zip"),
                Map.entry(".tar", "application/x-tar"), Map.entry(".png", "image/png"),
                Map.entry(".jpg", "image/jpeg"), Map.entry(".jpeg", "image/jpeg"), Map.entry(".gif", "image/gif"),
                Map.entry(".svg", "image/svg+xml"), Map.entry(".ico", "image/vnd.microsoft.icon"),
                Map.entry(".wasm", "application/wasm"), Map.entry(".bin", "application/octet-stream")));
        if (Files.isReadable(SYSTEM_TABLE)) {
            try {
                for (String line : Files.readAllLines(SYSTEM_TABLE, StandardCharsets.ISO_8859_1)) {
                    addLine(types, line);
                }
            } catch (IOException e) {
                // an unreadable system table leaves the built-in one, as in Python
            }
        }
        return new ContentTypes(types);
    }

    private static void addLine(Map<String, String> types, String line) {
        int comment = line.indexOf('#');
        String[] words = (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            types.put("." + words[i], words[0]);
        }
    }

    /** The type for a path or URL, or null when its suffix is unknown. */
    String guess(String pathOrUrl) {
        String name = pathOrUrl.substring(pathOrUrl.lastIndexOf('/') + 1);
        String[] split = splitSuffix(name);
        while (SUFFIX_ALIASES.containsKey(split[1])) {
            split = splitSuffix(split[0] + SUFFIX_ALIASES.get(split[1]));
        }
        if (COMPRESSION_SUFFIXES.contains(split[1])
                || COMPRESSION_SUFFIXES.contains(split[1].toLowerCase(Locale.ROOT))) {
            split = splitSuffix(split[0]);
        }
        String type = typesBySuffix.get(split[1]);
        return type != null ? type : typesBySuffix.get(split[1].toLowerCase(Locale.ROOT));
    }

    /** posixpath.splitext: the suffix starts at the last dot that is not part of leading dots. */
    private static String[] splitSuffix(String name) {
        int dot = name.lastIndexOf('.');
        int firstNonDot = 0;
        while (firstNonDot < name.length() && name.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        if (dot < firstNonDot) {
            return new String[] {name, ""};
        }
        return new String[] {name.substring(0, dot), name.substring(dot)};
    }
}
