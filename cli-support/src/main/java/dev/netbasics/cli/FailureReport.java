package dev.netbasics.cli;

import dev.netbasics.cli.ssl.TlsFailureText;

/**
 * How a tool reads failures that are not {@link ToolException}s, such as a library's timeout: the one extension
 * point of {@link ErrorHandler}. By default the code comes from the project's table ({@link ExitCode#of}) and a
 * TLS failure is told in words ({@link TlsFailureText}).
 */
public interface FailureReport {

    default int exitCode(Exception failure) {
        return ExitCode.of(failure);
    }

    default String message(Exception failure) {
        String tls = ExitCode.of(failure) == ExitCode.TLS ? TlsFailureText.describe(failure) : null;
        return tls != null ? tls : ErrorHandler.describe(failure);
    }
}
