package dev.netbasics.url;

import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.UrlParser;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * curl's shorthand for a URL, as http-tools reads it too: {@code HOST:PORT/PATH} and {@code HOST/PATH} are http,
 * {@code :PORT/PATH} is http on localhost. A local path is refused with the file: URL that names it.
 */
final class UrlShorthand {

    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "file", "data");
    private static final Pattern HOST_AND_PORT = Pattern.compile("^(\\[[^\\]]*\\]|[^/?#:\\[\\]]*):\\d+([/?#].*)?$",
            Pattern.DOTALL);

    private UrlShorthand() {
    }

    /** For read and headers: everything without a scheme of ours is curl's shorthand, or a path refused. */
    static String expand(String argument) {
        String text = argument.strip();
        String scheme = UrlParser.schemeOf(text);
        if (scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return argument;
        }
        if (text.startsWith("/") || text.startsWith(".") || text.startsWith("~")) {
            throw UrlToolsException.usage("'" + argument + "' is a path, not a URL; for a local file use "
                    + Path.of(text).toAbsolutePath().normalize().toUri().toString().replaceFirst("^file:/+", "file:///"));
        }
        String hostAndPort = expandHostAndPort(text);
        if (!hostAndPort.equals(text)) {
            return hostAndPort;
        }
        // another scheme is urllib's to name as unknown
        return scheme != null || text.contains("://") ? argument : "http://" + text;
    }

    /** For robots, whose argument may be a local file: only {@code HOST:PORT/...} and {@code :PORT/...}. */
    static String expandHostAndPort(String argument) {
        String text = argument.strip();
        if (text.contains("://")) {
            return argument;
        }
        if (text.startsWith(":") && text.length() > 1 && Character.isDigit(text.charAt(1))) {
            return "http://localhost" + text;
        }
        return HOST_AND_PORT.matcher(text).matches() && !text.startsWith(":") ? "http://" + text : argument;
    }
}
