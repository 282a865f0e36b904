package dev.netbasics.http;

/** A failure reported as one {@code Error:} line with its own exit status. */
final class HttpToolsException extends RuntimeException {

    static final int NETWORK = 1;
    static final int USAGE = 2;
    static final int HTTP_ERROR = 22;

    private final int exitCode;

    HttpToolsException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
