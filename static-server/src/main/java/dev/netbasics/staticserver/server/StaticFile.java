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
import java.util.List;
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
    /** The content coding of what is sent (br, gzip), or null for identity. */
    final String coding;
    /** The codings this file is also available in, best first; empty when it is sent as it is only. */
    final List<String> codings;
    /** The file's own size, which tells whether it has changed. */
    private final long fileSize;
    private final Object fileKey;
    private final FileTime modified;
    private final Set<PosixFilePermission> permissions;

    private StaticFile(Path path, PosixFileAttributes attributes, ByteBuffer content) {
        this(path, attributes, content, attributes.size(), ContentTypes.forFileName(path.getFileName().toString()),
                null, List.of());
    }

    /**
     * @param size the length of what is sent: the file's, or its compressed bytes' ({@code content})
     * @param coding the content coding of what is sent, or null for identity
     * @param codings the codings the file is also available in (then every answer has Vary: Accept-Encoding)
     */
    private StaticFile(Path path, PosixFileAttributes attributes, ByteBuffer content, long size, String contentType,
            String coding, List<String> codings) {
        this.path = path;
        this.size = size;
        this.fileSize = attributes.size();
        this.modified = attributes.lastModifiedTime();
        this.modifiedMillis = modified.toMillis();
        this.modifiedSeconds = Math.floorDiv(modifiedMillis, 1000);
        this.fileKey = attributes.fileKey();
        this.permissions = attributes.permissions();
        // RFC 9110, 8.8.3.3: each coding is a representation of its own, with a tag of its own.
        this.etag = "\"" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(fileSize)
                + (coding == null ? "" : "-" + coding) + "\"";
        this.lastModified = HttpDates.format(modifiedMillis);
        this.contentType = contentType;
        this.content = content;
        this.coding = coding;
        this.codings = codings;
        this.okHeaders = ByteBuffer.wrap(("Last-Modified: " + lastModified + "\r\nETag: " + etag
                + "\r\nAccept-Ranges: bytes\r\nContent-type: " + contentType
                + (coding == null ? "" : "\r\nContent-Encoding: " + coding)
                + (codings.isEmpty() ? "" : "\r\nVary: Accept-Encoding")
                + "\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)).asReadOnlyBuffer();
    }

    /** The same file, also available in these codings (its answers then vary on Accept-Encoding). */
    StaticFile withCodings(PosixFileAttributes attributes, List<String> available) {
        return available.isEmpty() ? this
                : new StaticFile(path, attributes, content, size, contentType, null, List.copyOf(available));
    }

    /**
     * A precompressed sibling ({@code app.js.br} of {@code app.js}), sent as {@code identity} in that coding:
     * its own bytes and validators, the identity's type.
     */
    static StaticFile sibling(Path path, PosixFileAttributes attributes, StaticFile identity, String coding)
            throws IOException {
        StaticFile file = load(path, attributes);
        return new StaticFile(path, attributes, file.content, attributes.size(), identity.contentType, coding,
                identity.codings);
    }

    /** The identity's bytes compressed on the fly: current as long as the file is. */
    static StaticFile compressed(StaticFile identity, PosixFileAttributes attributes, ByteBuffer compressed,
            String coding) {
        return new StaticFile(identity.path, attributes, compressed, compressed.remaining(), identity.contentType,
                coding, identity.codings);
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
            return now.size() == fileSize && now.lastModifiedTime().equals(modified)
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
