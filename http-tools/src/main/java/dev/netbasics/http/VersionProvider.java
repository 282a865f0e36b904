package dev.netbasics.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** The Maven project version, from a resource filtered at build time (registered for native-image). */
final class VersionProvider implements IVersionProvider {

    private static final String VERSION_RESOURCE = "version.txt";

    @Override
    public String[] getVersion() {
        return new String[] {"http-tools " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VERSION_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
