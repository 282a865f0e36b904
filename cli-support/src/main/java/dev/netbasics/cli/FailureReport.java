package dev.netbasics.cli;

/**
 * How a tool reads failures that are not {@link ToolException}s, such as a library's timeout: the one extension
 * point of {@link ErrorHandler}. By default they exit with {@link ToolException#FAILURE} and print their message.
 */
public interface FailureReport {

    default int exitCode(Exception failure) {
        return ToolException.FAILURE;
    }

    default String message(Exception failure) {
        return ErrorHandler.describe(failure);
    }
}
