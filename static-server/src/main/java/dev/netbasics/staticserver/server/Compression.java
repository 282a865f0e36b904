package dev.netbasics.staticserver.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Content codings of files: a precompressed sibling ({@code app.js.br}, {@code app.js.gz}) as nginx's
 * gzip_static and brotli_static serve it, and with --gzip the text types compressed on the fly, once, the
 * result kept with the file in the loop's cache. Which one a request gets is Accept-Encoding's choice
 * ({@link AcceptEncoding}); a GET with Range gets identity, so that the ranges are ranges of the file itself.
 */
final class Compression {

    /** On-the-fly compression reads and compresses a file whole: larger files are sent as they are. */
    static final long GZIP_MAX_BYTES = 1024 * 1024;
    private static final String BROTLI = "br";
    private static final String GZIP = "gzip";

    private final Path root;
    private final boolean gzipOnTheFly;

    /** @param root the served directory, a real path */
    Compression(Path root, boolean gzipOnTheFly) {
        this.root = root;
        this.gzipOnTheFly = gzipOnTheFly;
    }

    /** The file as loaded, with the codings it is available in: its siblings', and gzip on the fly if it may. */
    StaticFile withCodings(StaticFile file, PosixFileAttributes attributes) {
        List<String> codings = new ArrayList<>(2);
        if (sibling(file, BROTLI) != null) {
            codings.add(BROTLI);
        }
        if (sibling(file, GZIP) != null || compressesOnTheFly(file)) {
            codings.add(GZIP);
        }
        return file.withCodings(attributes, codings);
    }

    /** What to send for this request: the file, or one of its codings (kept in the cache under its own key). */
    StaticFile select(HttpRequest request, StaticFile file, FileCache cache) {
        if (file.codings.isEmpty() || (request.method().equals("GET") && request.header("range") != null)) {
            return file;
        }
        String coding = AcceptEncoding.choose(request.header("accept-encoding"), file.codings);
        if (coding == null) {
            return file;
        }
        String key = request.path() + '\0' + coding;
        StaticFile coded = cache.get(key);
        if (coded == null) {
            coded = load(file, coding);
            if (coded == null) {
                return file;
            }
            cache.put(key, coded);
        }
        return coded;
    }

    /** The coded file: its sibling, else the file compressed now; null when neither can be had any more. */
    private StaticFile load(StaticFile file, String coding) {
        try {
            Path sibling = sibling(file, coding);
            if (sibling != null) {
                PosixFileAttributes attributes = Files.readAttributes(sibling, PosixFileAttributes.class);
                return attributes.isRegularFile() ? StaticFile.sibling(sibling, attributes, file, coding) : null;
            }
            if (!coding.equals(GZIP) || !compressesOnTheFly(file)) {
                return null;
            }
            PosixFileAttributes attributes = Files.readAttributes(file.path, PosixFileAttributes.class);
            byte[] bytes = Files.readAllBytes(file.path);
            if (attributes.size() != bytes.length) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(bytes);
            }
            ByteBuffer compressed = ByteBuffer.allocateDirect(out.size()).put(out.toByteArray()).flip();
            return StaticFile.compressed(file, attributes, compressed.asReadOnlyBuffer(), GZIP);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The regular file {@code name.br} or {@code name.gz} beside the file, under the root; or null. The name is
     * made from the file's URI, whose octets are the name's bytes whatever the locale's charset (a name that
     * is not ASCII cannot be a String under the C locale).
     */
    private Path sibling(StaticFile file, String coding) {
        try {
            Path sibling = Path.of(URI.create(file.path.toUri() + (coding.equals(BROTLI) ? ".br" : ".gz")))
                    .toRealPath();
            return sibling.startsWith(root) && Files.isRegularFile(sibling) ? sibling : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** --gzip: text types, from {@link ServerConfig#GZIP_MIN_BYTES} to {@link #GZIP_MAX_BYTES}. */
    private boolean compressesOnTheFly(StaticFile file) {
        return gzipOnTheFly && file.size >= ServerConfig.GZIP_MIN_BYTES && file.size <= GZIP_MAX_BYTES
                && isText(file.contentType);
    }

    /** Types that compress well: text, and the structured text formats that are not named text/. */
    static boolean isText(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("application/manifest+json") || contentType.startsWith("application/xml")
                || contentType.startsWith("application/javascript") || contentType.startsWith("image/svg+xml")
                || contentType.startsWith("application/wasm");
    }
}
