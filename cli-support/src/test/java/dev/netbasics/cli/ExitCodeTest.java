package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's exit-code table read off the JDK's failures, wrapped as libraries wrap them. */
class ExitCodeTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new UnknownHostException("nowhere.invalid"), 6),
                Arguments.of(new IOException("wrapped", new UnknownHostException("nowhere.invalid")), 6),
                Arguments.of(new ConnectException("Connection refused"), 7),
                Arguments.of(new NoRouteToHostException("No route to host"), 7),
                Arguments.of(new UncheckedIOException(new ConnectException("Connection refused")), 7),
                Arguments.of(new SocketTimeoutException("Read timed out"), 28),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), 28),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), 35),
                Arguments.of(new SSLHandshakeException("handshake", new SocketTimeoutException("Read timed out")), 28),
                Arguments.of(new IOException("disk full"), 1),
                Arguments.of(new IllegalStateException(), 1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void ofAFailure(Exception failure, int expected) {
        assertEquals(expected, ExitCode.of(failure));
    }
}
