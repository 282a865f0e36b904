package dev.netbasics.ftp;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's vsftpd on 127.0.0.1, configured as in /work/shared/PEERS.md: anonymous and local users chrooted to one
 * root, passive mode, optionally FTPS with its defaults (require_ssl_reuse=YES, local users forced to TLS).
 */
final class Vsftpd implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/vsftpd");
    static final String BANNER = "Welcome to test vsftpd";

    private final Process process;
    private final int port;

    private Vsftpd(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Skips (or fails in CI) without vsftpd, or without root: vsftpd chroots and switches users. */
    static void require() {
        Prerequisites.requireExecutable(BINARY, "vsftpd");
        Prerequisites.requireRoot("run vsftpd, which chroots and switches users");
    }

    /** @param writable local users may write (anonymous never) */
    static Vsftpd start(Path work, String name, Path root, TestCertificate tls, boolean writable)
            throws IOException, InterruptedException {
        require();
        Files.createDirectories(Path.of("/var/run/vsftpd/empty"));
        int port = freePort();
        StringBuilder config = new StringBuilder("""
                listen=YES
                listen_ipv6=NO
                listen_address=127.0.0.1
                background=NO
                anonymous_enable=YES
                no_anon_password=YES
                local_enable=YES
                chroot_local_user=YES
                allow_writeable_chroot=YES
                pasv_enable=YES
                pasv_address=127.0.0.1
                secure_chroot_dir=/var/run/vsftpd/empty
                pam_service_name=vsftpd
                seccomp_sandbox=NO
                """);
        config.append("write_enable=").append(writable ? "YES" : "NO").append('\n')
                .append("listen_port=").append(port).append('\n')
                .append("anon_root=").append(root).append('\n')
                .append("local_root=").append(root).append('\n')
                .append("ftpd_banner=").append(BANNER).append('\n');
        if (tls != null) {
            config.append("ssl_enable=YES\nallow_anon_ssl=YES\n")
                    .append("rsa_cert_file=").append(tls.certificatePem()).append('\n')
                    .append("rsa_private_key_file=").append(tls.privateKeyPem()).append('\n');
        }
        Path configFile = work.resolve(name + ".conf");
        Path oops = work.resolve(name + ".oops");
        Files.writeString(configFile, config);
        Files.createFile(oops);
        // vsftpd reports start-up failures ("500 OOPS: ...") on file descriptor 0
        Process process = new ProcessBuilder("sh", "-c", "exec \"$0\" \"$1\" 0<>\"$2\"", BINARY.toString(),
                configFile.toString(), oops.toString()).redirectErrorStream(true).redirectOutput(
                        ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                probe.getInputStream().read(); // the banner: ready
                return new Vsftpd(process, port);
            } catch (IOException notYet) {
                // waiting for the event (a listening port) with a deadline; the process's end ends the wait
                if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        }
        process.destroy();
        throw new IOException("vsftpd did not start: " + Files.readString(oops, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
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
