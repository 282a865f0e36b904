package dev.netbasics.staticserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theCasesNginxAnswersOtherwiseAreTheDocumentedOnes() throws Exception {
        Prerequisites.requireExecutable(NGINX, "nginx");
        Path site = Files.createDirectories(work.resolve("site"));
        ConformanceCases.writeSite(site);
        int port = Differential.freePort();
        Process nginx = start(site, port);
        try (ServerProcess server = ServerProcess.serve(site, "-q")) {
            Differential.awaitListening(nginx, port, this::output);
            Differential.Result result = Differential.compare("nginx", server.port, port);
            assertEquals(Differential.documented("nginx"), result.differing(), result.report());
        } finally {
            Differential.stop(nginx);
        }
    }

    /** nginx in the foreground from a configuration of its own: one worker, logs and temporary files in {@code work}. */
    private Process start(Path site, int port) throws IOException {
        Path conf = work.resolve("nginx.conf");
        String dir = work.toAbsolutePath().toString();
        Files.writeString(conf, "worker_processes 1; daemon off; pid " + dir + "/nginx.pid; error_log " + dir
                + "/error.log; user root;\n"
                + "events { worker_connections 64; }\n"
                + "http { access_log off; client_body_temp_path " + dir + "; proxy_temp_path " + dir + ";\n"
                + "  fastcgi_temp_path " + dir + "; uwsgi_temp_path " + dir + "; scgi_temp_path " + dir + ";\n"
                + "  server { listen 127.0.0.1:" + port + "; root " + site.toAbsolutePath() + "; } }\n");
        return new ProcessBuilder(NGINX.toString(), "-e", dir + "/error.log", "-p", dir, "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
    }

    private String output() {
        try {
            return Files.readString(work.resolve("nginx.out")) + Files.readString(work.resolve("error.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
