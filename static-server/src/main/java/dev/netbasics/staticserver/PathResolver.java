package dev.netbasics.staticserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a request path to a file under the root, one decoded segment at a time, and refuses anything that
 * could name a file outside it: dot segments, encoded separators, NUL and control characters, invalid or
 * overlong UTF-8, names with trailing dots or spaces, and symbolic links whose target lies outside.
 */
final class PathResolver {

    private final Path root;
    private final boolean hideDotfiles;

    /** @param root the served directory as a real path */
    PathResolver(Path root, boolean hideDotfiles) {
        this.root = root;
        this.hideDotfiles = hideDotfiles;
    }

    /** The decoded segments of a raw request path; empty segments ({@code //}) are dropped. */
    List<String> segments(String rawPath) throws HttpError {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = decode(raw);
            if (!isSafeName(segment) || (hideDotfiles && segment.startsWith("."))) {
                throw notFound();
            }
            segments.add(segment);
        }
        return segments;
    }

    /** The real path of an existing file or directory under the root. */
    Path resolve(List<String> segments) throws HttpError {
        Path candidate = root;
        for (String segment : segments) {
            candidate = candidate.resolve(segment);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException | SecurityException e) {
            throw notFound();
        }
        if (!real.startsWith(root)) {
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

    /** Whether a directory entry is listed: only names that can be requested, and no hidden ones if asked. */
    boolean listable(String name) {
        return isSafeName(name) && !(hideDotfiles && name.startsWith("."));
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

    /** Strict percent-decoding into UTF-8: a stray {@code %} or malformed UTF-8 is a bad request. */
    static String decode(String raw) throws HttpError {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request path (invalid percent-encoding)");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(HttpStatus.BAD_REQUEST, "Bad request path (invalid UTF-8)");
        }
    }

    private static HttpError notFound() {
        return new HttpError(HttpStatus.NOT_FOUND, "File not found");
    }
}
