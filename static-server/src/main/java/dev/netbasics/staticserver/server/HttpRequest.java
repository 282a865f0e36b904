package dev.netbasics.staticserver.server;

/**
 * One request head, parsed and checked.
 *
 * @param requestLine the request line as received, for the access log
 * @param method the method, case-sensitive as HTTP defines it
 * @param path the raw (still percent-encoded) path of the target, without query; {@code *} for OPTIONS *
 * @param query the raw query including its leading {@code ?}, or empty
 * @param version {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param fields the header fields
 * @param bodyLength the length of the body that follows the head: 0 for none, or {@link MessageFraming#CHUNKED}
 * @param expectsContinue whether the client waits for 100 (Continue) before it sends the body
 */
record HttpRequest(String requestLine, String method, String path, String query, String version, Fields fields,
        long bodyLength, boolean expectsContinue) {

    /** The field's value, several lines of it combined into one list; or {@code null}. */
    String header(String lowerCaseName) {
        return fields.get(lowerCaseName);
    }

    boolean hasToken(String lowerCaseName, String lowerCaseToken) {
        return fields.hasToken(lowerCaseName, lowerCaseToken);
    }
}
