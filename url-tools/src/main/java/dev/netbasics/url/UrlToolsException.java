package dev.netbasics.url;

import dev.netbasics.cli.ToolException;

/** A failure with the exit status it maps to; its message is the one line printed after {@code Error: }. */
class UrlToolsException extends ToolException {

    /** urllib's {@code HTTPError}. */
    static final int HTTP_ERROR = 4;

    UrlToolsException(int exitCode, String message) {
        super(exitCode, message, null);
    }

    /** urllib's {@code URLError}: everything that kept the resource from being opened. */
    static UrlToolsException urlError(String reason) {
        return new UrlToolsException(FAILURE, "<urlopen error " + reason + ">");
    }
}
