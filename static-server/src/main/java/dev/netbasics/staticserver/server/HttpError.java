package dev.netbasics.staticserver.server;

/** A request that gets an error response: the status and the message Python's http.server would log. */
final class HttpError extends Exception {

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
