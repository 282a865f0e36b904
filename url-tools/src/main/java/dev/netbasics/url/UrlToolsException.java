package dev.netbasics.url;

/** A failure with the exit status it maps to; its message is the one line printed after {@code Error: }. */
class UrlToolsException extends RuntimeException {

    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int HTTP_ERROR = 4;

    private final int exitCode;

    UrlToolsException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** urllib's {@code URLError}: everything that kept the resource from being opened. */
    static UrlToolsException urlError(String reason) {
        return new UrlToolsException(FAILURE, "<urlopen error " + reason + ">");
    }

    int exitCode() {
        return exitCode;
    }
}
