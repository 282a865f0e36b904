package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** STOR in binary mode, refusing to replace a remote file unless forced, and checking the size the server reports. */
public final class Uploader {

    private static final int BUFFER_SIZE = 256 * 1024;

    private final FtpSession session;
    private final boolean force;
    private final PrintWriter progressOut;

    /** @param progressOut where the progress bar goes, or {@code null} for none */
    public Uploader(FtpSession session, boolean force, PrintWriter progressOut) {
        this.session = session;
        this.force = force;
        this.progressOut = progressOut;
    }

    public void upload(Path file) throws IOException {
        String name = file.getFileName().toString();
        long localSize = Files.size(file);
        if (!force && session.size(name) >= 0) {
            throw new FtpToolsException(ExitCode.FAILURE, name
                    + " already exists on the server (--force replaces it)");
        }
        ProgressBar progress = progressOut == null ? null : new ProgressBar(progressOut, name, localSize, 0);
        long sent = 0;
        try (InputStream in = Files.newInputStream(file)) {
            OutputStream out = session.store(name);
            if (out == null) {
                throw session.fail("upload of " + name + " refused");
            }
            try (out) {
                byte[] buffer = new byte[BUFFER_SIZE];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                    sent += n;
                    if (progress != null) {
                        progress.update(sent);
                    }
                }
            }
        } finally {
            if (progress != null) {
                progress.finish(sent);
            }
        }
        if (!session.finishTransfer()) {
            throw session.fail("upload of " + name + " failed");
        }
        long remoteSize = session.size(name);
        if (remoteSize >= 0 && remoteSize != localSize) {
            throw new FtpToolsException(ExitCode.FAILURE, name + ": the server stored " + remoteSize
                    + " bytes of " + localSize);
        }
    }
}
