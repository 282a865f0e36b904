package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a request path to a file under the root, one decoded segment at a time, and refuses anything that
 * could name a file outside it: dot segments, encoded separators, NUL and control characters, names with
 * trailing dots or spaces, and symbolic links whose target lies outside.
 *
 * <p>A segment is percent-decoded into the bytes of a file name as the kernel sees them, carried one byte
 * per char (ISO-8859-1): a name that is not UTF-8 can be asked for exactly as it is listed, and no decoding
 * step (overlong UTF-8, say) can turn bytes into {@code .} or {@code /}. Such names reach the file system
 * through a {@code file:} URI, whose octets are taken as they are whatever the locale's charset, so the JVM
 * under the C locale and the native executable find the same files.
 */
final class PathResolver {

    private static final String HEX_DIGITS = "0123456789ABCDEF";

    private final Path root;
    /** {@code file:///…/root/}, octets percent-encoded. */
    private final String rootUri;
    private final boolean hideDotfiles;

    /** @param root the served directory as a real path */
    PathResolver(Path root, boolean hideDotfiles) {
        this.root = root;
        this.rootUri = root.toUri().toString();
        this.hideDotfiles = hideDotfiles;
    }

    /** The decoded segments of a raw request path, as byte strings; empty segments ({@code //}) are dropped. */
    List<String> segments(String rawPath) throws HttpError {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = percentDecode(raw);
            if (!isSafeName(segment) || (hideDotfiles && segment.startsWith("."))) {
                throw notFound();
            }
            segments.add(segment);
        }
        return segments;
    }

    /**
     * The real path of an existing file or directory under the root. A segment in the form Python's
     * http.server gives an undecodable name in its links (each byte as a UTF-8-encoded surrogate,
     * {@code %ED%B3%A7} for 0xE7) finds that name too when no file has those bytes literally.
     */
    Path resolve(List<String> segments) throws HttpError {
        Path real = realPath(segments);
        if (real == null) {
            List<String> unescaped = withoutSurrogateEscapes(segments);
            if (unescaped != null) {
                real = realPath(unescaped);
            }
        }
        if (real == null || !real.startsWith(root)) {
            throw notFound();
        }
        return real;
    }

    /** The real path of {@code name} in {@code directory} if it exists and stays under the root, else null. */
    Path child(Path directory, String name) {
        try {
            Path real = directory.resolve(name).toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Whether a directory entry (a byte string) is listed: only names that can be requested, and no hidden ones if asked. */
    boolean listable(String name) {
        return isSafeName(name) && !(hideDotfiles && name.startsWith("."));
    }

    private Path realPath(List<String> segments) {
        try {
            return locate(segments).toRealPath();
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private Path locate(List<String> segments) {
        if (isAscii(segments)) {
            Path candidate = root;
            for (String segment : segments) {
                candidate = candidate.resolve(segment);
            }
            return candidate;
        }
        StringBuilder uri = new StringBuilder(rootUri);
        for (String segment : segments) {
            if (uri.charAt(uri.length() - 1) != '/') {
                uri.append('/');
            }
            uri.append(quote(segment));
        }
        return Path.of(URI.create(uri.toString()));
    }

    /** The bytes of a directory entry's name, one per char, whatever the locale's charset makes of them. */
    static String nameBytes(URI entry) {
        String path = entry.getRawPath();
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        String rawName = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
        try {
            return percentDecode(rawName);
        } catch (HttpError e) {
            throw new IllegalStateException("a file: URI with a bad escape: " + entry, e);
        }
    }

    static boolean isSafeName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Strict percent-decoding into a byte string: a stray {@code %} is a bad request. */
    static String percentDecode(String raw) throws HttpError {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder bytes = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request path (invalid percent-encoding)");
                }
                bytes.append((char) (high * 16 + low));
                i += 2;
            } else {
                bytes.append(c);
            }
        }
        return bytes.toString();
    }

    /**
     * Python's {@code urllib.parse.unquote}: escapes decoded, malformed ones kept as they are, the bytes read
     * as UTF-8 with U+FFFD for what is not.
     */
    static String lenientUnquote(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = c == '%' && i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                bytes[length++] = (byte) c;
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The segments with Python's surrogate escapes (ED B2|B3 xx) turned back into bytes, or null if none has one. */
    private static List<String> withoutSurrogateEscapes(List<String> segments) {
        List<String> unescaped = new ArrayList<>(segments.size());
        boolean changed = false;
        for (String segment : segments) {
            StringBuilder bytes = new StringBuilder(segment.length());
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == 0xed && i + 2 < segment.length() && (segment.charAt(i + 1) & 0xfe) == 0xb2
                        && (segment.charAt(i + 2) & 0xc0) == 0x80) {
                    bytes.append((char) (((segment.charAt(i + 1) & 0x03) << 6) | (segment.charAt(i + 2) & 0x3f)));
                    i += 2;
                    changed = true;
                } else {
                    bytes.append(c);
                }
            }
            unescaped.add(bytes.toString());
        }
        return changed ? unescaped : null;
    }

    private static boolean isAscii(List<String> segments) {
        for (String segment : segments) {
            for (int i = 0; i < segment.length(); i++) {
                if (segment.charAt(i) >= 0x80) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Python's {@code urllib.parse.quote} of a byte string: all but unreserved characters and '/' as {@code %XX}. */
    static String quote(String bytes) {
        StringBuilder out = new StringBuilder(bytes.length() + 16);
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '~' || c == '/') {
                out.append(c);
            } else {
                out.append('%').append(HEX_DIGITS.charAt(c >> 4)).append(HEX_DIGITS.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    private static HttpError notFound() {
        return new HttpError(HttpStatus.NOT_FOUND, "File not found");
    }
}
