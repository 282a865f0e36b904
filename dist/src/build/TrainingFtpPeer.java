import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FTP peer of ftp-tools' AOT training run at package time ({@code src/main/sh/assemble}), where no FTP server
 * can be assumed: the cache then holds the classes of a real download (login, passive data connections, NLST,
 * RETR, the .part file and its rename), not only those of a refused connection. It serves the files of one
 * directory, read-only, to any login, on 127.0.0.1, passive mode only, the commands {@code ftp-tools get} sends
 * (RFC 959, EPSV from RFC 2428), with vsftpd's replies. It prints its port on a line, then serves sessions one at
 * a time until killed.
 *
 * <p>Usage: {@code java TrainingFtpPeer.java DIRECTORY}
 */
public final class TrainingFtpPeer {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Path root;
    private final BufferedReader commands;
    private final PrintStream replies;
    private Path directory;
    private ServerSocket passive;

    private TrainingFtpPeer(Path root, Socket session) throws IOException {
        this.root = root;
        this.directory = root;
        this.commands = new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8));
        this.replies = new PrintStream(session.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toRealPath();
        try (ServerSocket control = new ServerSocket(0, 8, LOOPBACK)) {
            System.out.println(control.getLocalPort());
            System.out.flush();
            while (true) {
                try (Socket session = control.accept()) {
                    new TrainingFtpPeer(root, session).serve();
                } catch (IOException e) {
                    // that session is over; the next one may come
                }
            }
        }
    }

    private void serve() throws IOException {
        reply("220 netbasics training peer");
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            int space = line.indexOf(' ');
            String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase();
            String argument = space < 0 ? "" : line.substring(space + 1);
            switch (verb) {
                case "USER", "PASS" -> reply("230 Login successful.");
                case "SYST" -> reply("215 UNIX Type: L8");
                case "TYPE" -> reply("200 Switching to Binary mode.");
                case "PWD" -> reply("257 \"/" + root.relativize(directory) + "\" is the current directory");
                case "CWD" -> changeDirectory(argument);
                case "EPSV" -> {
                    openPassive();
                    reply("229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                }
                case "PASV" -> {
                    openPassive();
                    int port = passive.getLocalPort();
                    reply("227 Entering Passive Mode (127,0,0,1," + port / 256 + "," + port % 256 + ")");
                }
                case "NLST" -> send(names(), "150 Here comes the directory listing.");
                case "RETR" -> retrieve(argument);
                case "QUIT" -> {
                    reply("221 Goodbye.");
                    return;
                }
                default -> reply("502 Command not implemented.");
            }
        }
    }

    private void changeDirectory(String argument) {
        Path target = resolve(argument);
        if (target != null && Files.isDirectory(target)) {
            directory = target;
            reply("250 Directory successfully changed.");
        } else {
            reply("550 Failed to change directory.");
        }
    }

    private void retrieve(String name) throws IOException {
        Path file = resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            reply("550 Failed to open file.");
            return;
        }
        byte[] data = Files.readAllBytes(file);
        send(data, "150 Opening BINARY mode data connection for " + name + " (" + data.length + " bytes).");
    }

    private byte[] names() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(entry -> entry.getFileName().toString()).sorted().toList();
            return (String.join("\r\n", names) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A path under the served directory, absolute from its root or relative to the current one; else null. */
    private Path resolve(String name) {
        Path resolved = (name.startsWith("/") ? root.resolve(name.substring(1)) : directory.resolve(name)).normalize();
        return resolved.startsWith(root) ? resolved : null;
    }

    private void openPassive() throws IOException {
        if (passive != null) {
            passive.close();
        }
        passive = new ServerSocket(0, 1, LOOPBACK);
    }

    private void send(byte[] data, String opening) throws IOException {
        if (passive == null) {
            reply("425 Use PASV or EPSV first.");
            return;
        }
        reply(opening);
        try (ServerSocket listener = passive; Socket connection = listener.accept()) {
            OutputStream out = connection.getOutputStream();
            out.write(data);
            out.flush();
        } finally {
            passive = null;
        }
        reply("226 Transfer complete.");
    }

    private void reply(String line) {
        replies.print(line + "\r\n");
        replies.flush();
    }
}
