package dev.netbasics.staticserver.server;

import java.util.List;

/**
 * A request body being received into files: each byte as it comes ({@link #write}), counted against the
 * limit; then {@link #finish} makes the files appear under their names, or {@link #abort} leaves nothing.
 */
abstract class Upload {

    /**
     * What a finished upload made.
     *
     * @param replaced whether an existing file was replaced (a PUT then answers 204, else 201)
     * @param locations the request paths of the files, percent-encoded
     * @param names the files' names as byte strings (one char per byte)
     */
    record Result(boolean replaced, List<String> locations, List<String> names) {
    }

    private final long maxBytes;
    private long received;

    Upload(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Takes the next bytes of the body; 413 once they pass the limit, 500 or 507 when they cannot be written. */
    final void write(byte[] data, int offset, int length) throws HttpError {
        received += length;
        if (received > maxBytes) {
            throw Uploads.tooLarge(maxBytes);
        }
        accept(data, offset, length);
    }

    abstract void accept(byte[] data, int offset, int length) throws HttpError;

    /** The body is whole: the files take their names. On an error nothing is left behind. */
    abstract Result finish() throws HttpError;

    /** The body will not be whole: every temporary file is removed. */
    abstract void abort();

    /** Whether this is a form (an HTML answer) rather than a PUT. */
    abstract boolean isForm();
}
