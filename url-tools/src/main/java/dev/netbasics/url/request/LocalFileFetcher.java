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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code file:} URLs as urllib opens them: local files only, with Content-type, Content-length, Last-modified. */
final class LocalFileFetcher {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

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
                            HTTP_DATE.format(attributes.lastModifiedTime().toInstant())));
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
