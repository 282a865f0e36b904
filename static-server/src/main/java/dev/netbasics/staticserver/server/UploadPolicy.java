package dev.netbasics.staticserver.server;

/**
 * Whether and how files may be uploaded (PUT, and multipart/form-data POST from the listing page's form).
 *
 * @param enabled whether uploads are taken at all; when not, PUT and POST answer 501 as in Python
 * @param overwrite whether an upload may replace an existing file
 * @param maxBytes the largest request body an upload may have: a PUT's file, a form's whole body
 */
public record UploadPolicy(boolean enabled, boolean overwrite, long maxBytes) {

    /** Uploads off, as by default. */
    public static final UploadPolicy OFF = new UploadPolicy(false, false, Long.MAX_VALUE);
}
