package dev.netbasics.ftp.client;

import java.nio.file.Path;

/**
 * How {@code get} downloads.
 *
 * @param directory    where the files go (absolute, normalized)
 * @param recursive    {@code -r}: directories too, into local directories of the same names
 * @param resume       {@code --continue}: resume {@code .part} files, skip complete ones
 * @param force        overwrite existing files
 * @param skipExisting {@code --skip-existing}: keep existing files as they are
 * @param progress     draw a progress bar on stderr
 */
public record GetOptions(Path directory, boolean recursive, boolean resume, boolean force, boolean skipExisting,
        boolean progress) {
}
