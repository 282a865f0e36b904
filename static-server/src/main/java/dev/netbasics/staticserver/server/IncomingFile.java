package dev.netbasics.staticserver.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One uploaded file on its way to disk: written to a temporary file in the target's own directory (so the
 * final rename stays within one file system, and is atomic), which takes the target's name only once whole.
 * Without overwriting, the name is taken with link(2), which fails if it exists, so no file that appears in
 * the meantime is ever replaced.
 */
final class IncomingFile {

    /** A dot name, so that --hide-dotfiles hides an upload in progress; ".part" says what it is. */
    static final String TEMP_PREFIX = ".upload-";
    static final String TEMP_SUFFIX = ".part";
    /** Uploaded files are there to be shared: readable by all, as Python's open() under the usual umask makes them. */
    private static final Set<PosixFilePermission> PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    /** Readable by the server alone while it is incomplete. */
    private static final Set<PosixFilePermission> TEMP_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    private static final int TEMP_ATTEMPTS = 16;

    private final Path temp;
    private final FileChannel channel;
    final Path target;

    private IncomingFile(Path temp, FileChannel channel, Path target) {
        this.temp = temp;
        this.channel = channel;
        this.target = target;
    }

    /**
     * A new temporary file next to {@code target}; 403 when the directory cannot be written. Not
     * Files.createTempFile: its SecureRandom needs the security services the native executable leaves out.
     * The name need not be unguessable: O_EXCL (CREATE_NEW) never opens what is already there, a symbolic
     * link included, and another name is tried.
     */
    static IncomingFile create(Path target) throws HttpError {
        for (int attempt = 0; attempt < TEMP_ATTEMPTS; attempt++) {
            Path temp = target.resolveSibling(TEMP_PREFIX
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
            try {
                return new IncomingFile(temp, FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(TEMP_PERMISSIONS)), target);
            } catch (FileAlreadyExistsException e) {
                // taken: another name
            } catch (IOException | SecurityException e) {
                throw new HttpError(HttpStatus.FORBIDDEN, "Cannot write in this directory");
            }
        }
        throw new HttpError(HttpStatus.FORBIDDEN, "Cannot write in this directory");
    }

    void write(byte[] data, int offset, int length) throws HttpError {
        ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    /** All of it has been written: its descriptor is given back (a form of many files holds one at a time). */
    void written() throws HttpError {
        try {
            channel.close();
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Gives the file its name; true when it replaced one. Without {@code overwrite} an existing name is a 409.
     * On failure the temporary file is removed.
     */
    boolean commit(boolean overwrite) throws HttpError {
        try {
            channel.close();
            Files.setPosixFilePermissions(temp, PERMISSIONS);
            if (overwrite) {
                boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return existed;
            }
            try {
                Files.createLink(target, temp);
                delete(temp);
            } catch (FileAlreadyExistsException e) {
                throw Uploads.exists();
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileSystemException && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw Uploads.exists();
                }
                // A file system without hard links: the rename refuses an existing name, if not atomically.
                Files.move(temp, target);
            }
            return false;
        } catch (HttpError e) {
            discard();
            throw e;
        } catch (FileAlreadyExistsException e) {
            discard();
            throw Uploads.exists();
        } catch (IOException e) {
            discard();
            throw writeFailed(e);
        }
    }

    /** Removes what was written. */
    void discard() {
        try {
            channel.close();
        } catch (IOException e) {
            // removed below anyway
        }
        delete(temp);
    }

    /** Removes the file that a commit made, when a later file of the same upload cannot be made. */
    void undoCommit() {
        delete(target);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing more can be done about it
        }
    }

    private static HttpError writeFailed(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left") || message.contains("quota")) {
            return new HttpError(HttpStatus.INSUFFICIENT_STORAGE, "No space left on the server's disk");
        }
        return new HttpError(HttpStatus.INTERNAL_SERVER_ERROR, "Cannot write the file");
    }
}
