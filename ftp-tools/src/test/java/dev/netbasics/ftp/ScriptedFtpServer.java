package dev.netbasics.ftp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small fake FTP server on 127.0.0.1 for replies no real server sends: hostile names, a PASV reply naming
 * another host, a wrong SIZE, odd banners. It serves one session at a time and records the commands it received.
 */
final class ScriptedFtpServer implements AutoCloseable {

    String banner = "220 scripted server ready";
    List<String> names = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, Long> announcedSizes = new LinkedHashMap<>();
    Map<String, String> replies = new LinkedHashMap<>();
    /** Files whose transfer stops after this many bytes, when the whole server goes away. */
    Map<String, Integer> dieAfter = new LinkedHashMap<>();
    /** Files whose transfer stalls after this many bytes, the data connection left open until the server closes. */
    Map<String, Integer> stallAfter = new LinkedHashMap<>();
    /** How EPSV is answered: as a server that has it, refusing it, or not at all (as some NAT boxes swallow it). */
    enum Epsv { ANSWER, REFUSE, IGNORE }

    Epsv epsv = Epsv.ANSWER;
    /** When set, sent after the banner's first bytes again and again, the line never ending, until the client goes. */
    String flood;
    /**
     * When set, the flood comes a byte at a time with this pause between bytes, each well inside the client's read
     * timeout: a reply that never ends, trickled.
     */
    Duration tricklePause;
    /** When set, the flood follows the reply to this command (its text in {@link #replies}) instead of the banner. */
    String floodAfter;
    String pasvAddress = "127,0,0,1";
    final List<String> received = Collections.synchronizedList(new ArrayList<>());

    private final ServerSocket control;
    private Thread thread;
    private ServerSocket data;

    ScriptedFtpServer() throws IOException {
        control = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    ScriptedFtpServer start() {
        thread = new Thread(this::serve, "scripted-ftp");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    int port() {
        return control.getLocalPort();
    }

    private void serve() {
        while (!control.isClosed()) {
            try (Socket socket = control.accept()) {
                session(socket);
            } catch (IOException e) {
                // the session or the server ended
            }
        }
    }

    private void session(Socket socket) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        if (flood != null && floodAfter == null) {
            flood(out, banner);
            return;
        }
        reply(out, banner);
        String line;
        while ((line = in.readLine()) != null) {
            received.add(line);
            String[] parts = line.split(" ", 2);
            String verb = parts[0].toUpperCase(Locale.ROOT);
            String arg = parts.length > 1 ? parts[1] : "";
            if (line.equals(floodAfter)) {
                flood(out, replies.get(line));
                return;
            }
            if (replies.containsKey(line)) {
                reply(out, replies.get(line));
                continue;
            }
            switch (verb) {
                case "USER" -> reply(out, "331 Password please.");
                case "PASS" -> reply(out, "230 Logged in.");
                case "TYPE", "OPTS" -> reply(out, "200 OK.");
                case "CWD" -> reply(out, "250 OK.");
                case "PWD" -> reply(out, "257 \"/\" is the current directory");
                case "FEAT" -> reply(out, "211 No features");
                case "EPSV" -> {
                    if (epsv == Epsv.ANSWER) {
                        openData();
                        reply(out, "229 Entering Extended Passive Mode (|||" + data.getLocalPort() + "|)");
                    } else if (epsv == Epsv.REFUSE) {
                        reply(out, "500 EPSV not understood.");
                    }
                }
                case "PASV" -> {
                    openData();
                    int port = data.getLocalPort();
                    reply(out, "227 Entering Passive Mode (" + pasvAddress + "," + (port >> 8) + "," + (port & 255) + ").");
                }
                case "SIZE" -> {
                    Long size = announcedSizes.get(arg);
                    if (size == null && files.containsKey(arg)) {
                        size = (long) files.get(arg).length;
                    }
                    reply(out, size == null ? "550 No such file." : "213 " + size);
                }
                case "NLST" -> transfer(out, String.join("\r\n", names).concat(names.isEmpty() ? "" : "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                case "RETR" -> {
                    if (dieAfter.containsKey(arg)) {
                        die(out, files.get(arg), dieAfter.get(arg));
                    } else if (stallAfter.containsKey(arg)) {
                        stall(out, files.get(arg), stallAfter.get(arg));
                    } else if (files.containsKey(arg)) {
                        transfer(out, files.get(arg));
                    } else {
                        reply(out, "550 No such file.");
                    }
                }
                case "QUIT" -> {
                    reply(out, "221 Bye.");
                    return;
                }
                default -> reply(out, "502 Not implemented.");
            }
        }
    }

    private void flood(OutputStream out, String start) throws IOException {
        out.write(start.getBytes(StandardCharsets.UTF_8));
        if (tricklePause != null) {
            trickle(out);
            return;
        }
        byte[] chunk = flood.repeat(Math.max(1, 64 * 1024 / flood.length())).getBytes(StandardCharsets.UTF_8);
        while (!control.isClosed()) {
            out.write(chunk); // ends with an IOException once the client has closed the connection
        }
    }

    private void trickle(OutputStream out) throws IOException {
        byte[] bytes = flood.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; !control.isClosed(); i = (i + 1) % bytes.length) {
            out.write(bytes[i]);
            out.flush(); // ends with an IOException once the client has closed the connection
            try {
                Thread.sleep(tricklePause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void openData() throws IOException {
        if (data != null) {
            data.close();
        }
        data = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        data.setSoTimeout(5000);
    }

    private void transfer(OutputStream out, byte[] content) throws IOException {
        if (data == null) {
            reply(out, "425 Use PASV first.");
            return;
        }
        reply(out, "150 Here it comes.");
        try (Socket connection = data.accept()) {
            connection.getOutputStream().write(content);
        } finally {
            data.close();
            data = null;
        }
        reply(out, "226 Done.");
    }

    private void die(OutputStream out, byte[] content, int bytes) throws IOException {
        reply(out, "150 Here it comes.");
        try (Socket connection = data.accept()) {
            connection.getOutputStream().write(content, 0, bytes);
            connection.getOutputStream().flush();
        }
        close();
        throw new IOException("server stopped mid-transfer");
    }

    private void stall(OutputStream out, byte[] content, int bytes) throws IOException {
        reply(out, "150 Here it comes.");
        try (Socket connection = data.accept()) {
            connection.getOutputStream().write(content, 0, bytes);
            connection.getOutputStream().flush();
            while (!control.isClosed()) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("server closed while stalling");
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        control.close();
        if (data != null) {
            data.close();
        }
    }
}
