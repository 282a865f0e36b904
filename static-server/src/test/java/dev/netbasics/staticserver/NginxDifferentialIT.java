package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.NginxPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance table against nginx (Debian's 1.22, as CI installs it) beside the packaged server, on the same
 * files ({@link Differential}). The cases the two answer differently are pinned in nginx-differences.txt, each
 * with its class of difference, whose reason the README gives: a change on either side fails here until it is
 * understood and documented.
 */
class NginxDifferentialIT {

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theCasesNginxAnswersOtherwiseAreTheDocumentedOnes() throws Exception {
        Path site = Files.createDirectories(work.resolve("site"));
        ConformanceCases.writeSite(site);
        // nginx's workers run as nobody when the test runs as root: the files must be theirs to read.
        for (Path directory : new Path[] {work, site}) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (NginxPeer nginx = NginxPeer.serve(site, work); ServerProcess server = ServerProcess.serve(site, "-q")) {
            Differential.Result result = Differential.compare("nginx", server.port, nginx.port());
            assertEquals(Differential.documented("nginx"), result.differing(), result.report());
        }
    }
}
