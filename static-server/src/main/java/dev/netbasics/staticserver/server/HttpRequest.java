package dev.netbasics.staticserver.server;

import java.util.List;
import java.util.Locale;

/**
 * One parsed request head.
 *
 * @param requestLine the request line as received, for the access log
 * @param method the method, case-sensitive as HTTP defines it
 * @param path the raw (still percent-encoded) path of the target, without query or fragment
 * @param query the raw query including its leading {@code ?}, or empty
 * @param version {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param headers name and value pairs in received order, names in lower case
 */
record HttpRequest(String requestLine, String method, String path, String query, String version,
        List<String[]> headers) {

    /** The first value of a header, or {@code null}. */
    String header(String lowerCaseName) {
        for (String[] header : headers) {
            if (header[0].equals(lowerCaseName)) {
                return header[1];
            }
        }
        return null;
    }

    boolean hasToken(String lowerCaseName, String token) {
        for (String[] header : headers) {
            if (header[0].equals(lowerCaseName)) {
                for (String part : header[1].split(",")) {
                    if (part.strip().toLowerCase(Locale.ROOT).equals(token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
