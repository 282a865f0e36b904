package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * A regular file as it is served: its validators and the headers of a plain answer, worked out once, and
 * for a small file its bytes. {@link #isCurrent} tells, with one stat, whether it is still the same file
 * (inode), unchanged (size, modification time) and as readable (mode) as when this was made.
 */
final class StaticFile {

    /** Files up to this size are read whole, kept, and go out with their headers in one write. */
    static final int SMALL = 64 * 1024;

    final Path path;
    final long size;
    final long modifiedMillis;
    /** The modification time as Last-Modified gives it, in whole seconds, for the conditions on it. */
    final long modifiedSeconds;
    final String etag;
    final String lastModified;
    final String contentType;
    /** The whole file if it is small, read-only and shared between responses; else null. */
    final ByteBuffer content;
    /** The headers of a 200 answer that follow Date (and Connection), ending in the blank line; read-only. */
    final ByteBuffer okHeaders;
    private final Object fileKey;
    private final FileTime modified;
    private final Set<PosixFilePermission> permissions;

    private StaticFile(Path path, PosixFileAttributes attributes, ByteBuffer content) {
        this.path = path;
        this.size = attributes.size();
        this.modified = attributes.lastModifiedTime();
        this.modifiedMillis = modified.toMillis();
        this.modifiedSeconds = Math.floorDiv(modifiedMillis, 1000);
        this.fileKey = attributes.fileKey();
        this.permissions = attributes.permissions();
        this.etag = "\"" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(size) + "\"";
        this.lastModified = HttpDates.format(modifiedMillis);
        this.contentType = ContentTypes.forFileName(path.getFileName().toString());
        this.content = content;
        this.okHeaders = ByteBuffer.wrap(("Last-Modified: " + lastModified + "\r\nETag: " + etag
                + "\r\nAccept-Ranges: bytes\r\nContent-type: " + contentType + "\r\nContent-Length: " + size
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)).asReadOnlyBuffer();
    }

    /**
     * The regular file at {@code path} (a real path), read whole if it is small; an IOException when it
     * cannot be read.
     */
    static StaticFile load(Path path, PosixFileAttributes attributes) throws IOException {
        if (attributes.size() > SMALL) {
            // Readable? Large files are opened again for every answer; this open only checks.
            FileChannel.open(path, StandardOpenOption.READ).close();
            return new StaticFile(path, attributes, null);
        }
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer content = ByteBuffer.allocateDirect((int) attributes.size());
            while (content.hasRemaining() && file.read(content) >= 0) {
                // read to the end
            }
            if (content.hasRemaining()) {
                throw new IOException("file shrank while being read");
            }
            return new StaticFile(path, attributes, content.flip().asReadOnlyBuffer());
        }
    }

    boolean isCurrent() {
        try {
            PosixFileAttributes now = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return now.size() == size && now.lastModifiedTime().equals(modified)
                    && Objects.equals(now.fileKey(), fileKey) && now.permissions().equals(permissions);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** {@code length} bytes from {@code offset} of a small file's content. */
    ByteBuffer slice(long offset, long length) {
        return content.slice((int) offset, (int) length);
    }
}
