package dev.netbasics.staticserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The HTML page Python's http.server shows for a directory, byte for byte in its structure. */
final class DirectoryListing {

    private DirectoryListing() {
    }

    /**
     * @param directory the directory to list
     * @param displayPath the request path as the client sent it (decoded here for the title)
     * @param resolver decides which entries are shown
     */
    static byte[] render(Path directory, String displayPath, PathResolver resolver) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (resolver.listable(name)) {
                    names.add(name);
                }
            }
        }
        names.sort(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)));
        String title = "Directory listing for " + escapeHtml(lenientDecode(displayPath));
        StringBuilder html = new StringBuilder(256 + names.size() * 64)
                .append("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append("</title>\n</head>\n")
                .append("<body>\n<h1>").append(title).append("</h1>\n<hr>\n<ul>\n");
        for (String name : names) {
            Path entry = directory.resolve(name);
            String display = name;
            String link = name;
            if (Files.isDirectory(entry)) {
                display = name + "/";
                link = name + "/";
            }
            if (Files.isSymbolicLink(entry)) {
                display = name + "@";
            }
            html.append("<li><a href=\"").append(quote(link)).append("\">").append(escapeHtml(display))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n<hr>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Python's {@code html.escape(text, quote=False)}. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Python's {@code urllib.parse.quote(text)}: UTF-8, everything but unreserved characters and '/'. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Python's {@code urllib.parse.unquote}: invalid sequences are kept as they are. */
    static String lenientDecode(String raw) {
        try {
            return PathResolver.decode(raw);
        } catch (HttpError e) {
            return raw;
        }
    }
}
