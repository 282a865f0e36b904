package dev.netbasics.url.parse;

/**
 * An exception urllib.parse raises, with Python's class name and message word for word. The message is
 * what the tool prints after {@code Error: }; the class name lets tests compare with Python exactly.
 */
public final class PythonError extends RuntimeException {

    private final String pythonType;

    private PythonError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    static PythonError valueError(String message) {
        return new PythonError("ValueError", message);
    }

    static PythonError unicodeEncodeError(String message) {
        return new PythonError("UnicodeEncodeError", message);
    }

    String pythonType() {
        return pythonType;
    }
}
