package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The HTML page Python's http.server shows for a directory, byte for byte in its structure. As there, a
 * name is shown with its own bytes, UTF-8 or not, and linked by their percent-encoding, so every listed
 * file can be fetched; the title is the request path decoded leniently.
 */
final class DirectoryListing {

    private DirectoryListing() {
    }

    /** A directory entry: its name as a byte string, and whether it is (or links to) a directory, or is a link. */
    private record Entry(String name, String sortKey, boolean directory, boolean link) {
    }

    /**
     * @param directory the directory to list
     * @param displayPath the request path as the client sent it (decoded here for the title)
     * @param resolver decides which entries are shown
     * @param form HTML put after the list (the upload form), or empty
     */
    static byte[] render(Path directory, String displayPath, PathResolver resolver, String form) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path path : stream) {
                // toUri() gives the name's bytes whatever the locale's charset, and a '/' after a directory.
                URI uri = path.toUri();
                String name = PathResolver.nameBytes(uri);
                if (resolver.listable(name)) {
                    String sortKey = new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                            .toLowerCase(Locale.ROOT);
                    entries.add(new Entry(name, sortKey, uri.getRawPath().endsWith("/"), Files.isSymbolicLink(path)));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::sortKey));
        String title = "Directory listing for "
                + latin1(escapeHtml(PathResolver.lenientUnquote(displayPath)).getBytes(StandardCharsets.UTF_8));
        StringBuilder html = new StringBuilder(256 + entries.size() * 64)
                .append("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append("</title>\n</head>\n")
                .append("<body>\n<h1>").append(title).append("</h1>\n<hr>\n<ul>\n");
        for (Entry entry : entries) {
            String link = entry.directory() ? entry.name() + "/" : entry.name();
            String display = entry.link() ? entry.name() + "@" : link;
            html.append("<li><a href=\"").append(PathResolver.quote(link)).append("\">").append(escapeHtml(display))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n<hr>\n").append(form).append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Python's {@code html.escape(text, quote=False)}. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
