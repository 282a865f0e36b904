package dev.netbasics.url.error;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.request.UrlResponse;

/**
 * urllib's {@code HTTPError}: the server answered, but with an error status (or a redirect urllib refuses to
 * follow). It keeps the response, so {@code --ignore-status} can still print it.
 */
public final class HttpError extends UrlToolsException {

    private final transient UrlResponse response;

    public HttpError(UrlResponse response, String message) {
        super(ExitCode.HTTP_ERROR, "HTTP Error " + response.status() + ": " + message);
        this.response = response;
    }

    public UrlResponse response() {
        return response;
    }
}
