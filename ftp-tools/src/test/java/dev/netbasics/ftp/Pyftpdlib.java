package dev.netbasics.ftp;

import dev.netbasics.cli.Prerequisites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Debian's pyftpdlib (python3-pyftpdlib, FTPS through python3-openssl) on 127.0.0.1, a free port: a third server,
 * neither vsftpd's code nor MINA's. Anonymous reads, {@link MinaServer#USER} writes; FTPS with a certificate.
 */
final class Pyftpdlib implements AutoCloseable {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final String BANNER = "Welcome to test pyftpdlib";
    private static final String SCRIPT = "pyftpdlib_server.py";

    private final Process process;
    private final int port;

    private Pyftpdlib(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Skips (or fails in CI) without python3, pyftpdlib or, for FTPS, pyOpenSSL. */
    static void require(boolean tls) {
        Prerequisites.requireExecutable(PYTHON, "python3");
        Prerequisites.requireCommand("python3-pyftpdlib", PYTHON.toString(), "-c", "import pyftpdlib");
        if (tls) {
            Prerequisites.requireCommand("python3-openssl", PYTHON.toString(), "-c", "import OpenSSL");
        }
    }

    static Pyftpdlib start(Path work, Path root, TestCertificate tls) throws IOException, InterruptedException {
        require(tls != null);
        Path script = work.resolve(SCRIPT);
        if (!Files.exists(script)) {
            try (InputStream in = Pyftpdlib.class.getResourceAsStream(SCRIPT)) {
                Files.copy(in, script);
            }
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), root.toString(),
                MinaServer.USER, MinaServer.PASSWORD, BANNER));
        if (tls != null) {
            command.add(tls.certificatePem().toString());
            command.add(tls.privateKeyPem().toString());
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            // the server prints its port once it listens
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            if (line == null || !line.matches("[0-9]+")) {
                throw new IOException("pyftpdlib did not start: " + line);
            }
            return new Pyftpdlib(process, Integer.parseInt(line));
        } catch (ExecutionException | TimeoutException | IOException e) {
            process.destroyForcibly();
            throw new IOException("pyftpdlib did not start", e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
