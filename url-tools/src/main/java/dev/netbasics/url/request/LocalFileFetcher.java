package dev.netbasics.url.request;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.UrlParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** {@code file:} URLs as urllib opens them: local files only, with Content-type, Content-length, Last-modified. */
final class LocalFileFetcher {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private LocalFileFetcher() {
    }

    static UrlResponse open(String url) {
        String rest = url.substring(url.indexOf(':') + 1);
        String encodedPath = rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            encodedPath = slash < 0 ? "" : rest.substring(slash);
            if (!isLocal(host)) {
                throw UrlToolsException.urlError("file not on local host");
            }
        }
        String fileName = UrlParser.unquote(encodedPath);
        Path path = pathOf(fileName.isEmpty() ? "/" : fileName);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw UrlToolsException.urlError("[Errno 21] Is a directory: " + PythonRepr.repr(fileName));
            }
            InputStream body = Files.newInputStream(path);
            String type = ContentTypes.load().guess(fileName);
            List<UrlResponse.Header> headers = List.of(
                    new UrlResponse.Header("Content-type", type == null ? "text/plain" : type),
                    new UrlResponse.Header("Content-length", Long.toString(attributes.size())),
                    new UrlResponse.Header("Last-modified",
                            httpDate(attributes.lastModifiedTime())));
            return UrlResponse.withoutStatus(url, headers, body);
        } catch (NoSuchFileException e) {
            throw UrlToolsException.urlError("[Errno 2] No such file or directory: " + PythonRepr.repr(fileName));
        } catch (AccessDeniedException e) {
            throw UrlToolsException.urlError("[Errno 13] Permission denied: " + PythonRepr.repr(fileName));
        } catch (IOException e) {
            throw UrlToolsException.urlError(e.getMessage() + ": " + PythonRepr.repr(fileName));
        }
    }

    /**
     * {@code email.utils.formatdate(mtime, usegmt=True)}, urllib's Last-modified, e.g. {@code Wed, 02 Dec 2026
     * 14:17:53 GMT}; written out by hand, as java.time's formatter would bring its locale data into the executable.
     */
    static String httpDate(FileTime time) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(Math.floorDiv(time.toMillis(), 1000), 0, ZoneOffset.UTC);
        StringBuilder date = new StringBuilder(29).append(DAYS[utc.getDayOfWeek().ordinal()]).append(", ");
        appendPadded(date, utc.getDayOfMonth(), 2).append(' ').append(MONTHS[utc.getMonthValue() - 1]).append(' ');
        appendPadded(date, utc.getYear(), 4).append(' ');
        appendPadded(date, utc.getHour(), 2).append(':');
        appendPadded(date, utc.getMinute(), 2).append(':');
        return appendPadded(date, utc.getSecond(), 2).append(" GMT").toString();
    }

    private static StringBuilder appendPadded(StringBuilder out, int value, int digits) {
        String text = Integer.toString(value);
        return out.repeat('0', Math.max(0, digits - text.length())).append(text);
    }

    /**
     * A JVM in the C locale takes file names for ASCII (dist's launcher makes that locale C.UTF-8, as Python
     * does); a name it cannot encode is said so, not as the JDK's "Malformed input".
     */
    private static Path pathOf(String fileName) {
        try {
            return Path.of(fileName);
        } catch (InvalidPathException e) {
            if (fileName.indexOf('\0') >= 0) {
                throw UrlToolsException.urlError("embedded null byte: " + PythonRepr.repr(fileName));
            }
            throw UrlToolsException.urlError("file name not encodable in this locale's charset ("
                    + System.getProperty("sun.jnu.encoding") + "), try LC_ALL=C.UTF-8: " + PythonRepr.repr(fileName));
        }
    }

    /** As urllib: no host, localhost, or a name of this machine; file URLs never reach across the network. */
    private static boolean isLocal(String host) {
        if (host.isEmpty() || host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.equals(InetAddress.getLocalHost());
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
