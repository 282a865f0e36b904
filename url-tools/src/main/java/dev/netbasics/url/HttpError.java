package dev.netbasics.url;

/**
 * urllib's {@code HTTPError}: the server answered, but with an error status (or a redirect urllib refuses to
 * follow). It keeps the response, so {@code --ignore-status} can still print it.
 */
final class HttpError extends UrlToolsException {

    private final transient UrlResponse response;

    HttpError(UrlResponse response, String message) {
        super(HTTP_ERROR, "HTTP Error " + response.status() + ": " + message);
        this.response = response;
    }

    UrlResponse response() {
        return response;
    }
}
