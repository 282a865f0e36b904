package dev.netbasics.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.PackagedTool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged client and server under the C locale: typed and received non-ASCII text stays UTF-8 both ways. */
class TerminalCharsetIT {

    private static final String TYPED = "héllo, 1 € 😀";
    private static final String ANSWER = "ça va, Grüße 😀";

    @Test
    void clientSendsAndPrintsUtf8() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(30_000);
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> answerOnce(listener));
            PackagedTool.Result run = PackagedTool.of("client", "--host", "127.0.0.1", "--port",
                    Integer.toString(listener.getLocalPort())).inCLocale()
                    .input((TYPED + "\n").getBytes(StandardCharsets.UTF_8)).run();
            assertEquals(0, run.status(), run.err());
            assertEquals(TYPED, received.get(30, TimeUnit.SECONDS));
            assertEquals("Received from server: " + ANSWER + "\n", run.outAsUtf8());
        }
    }

    @Test
    void serverPrintsAndAnswersUtf8() throws Exception {
        try (LiveProcess server = LiveProcess.server(PackagedTool.of("server", "--host", "127.0.0.1", "--port", "0")
                .inCLocale());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            client.setSoTimeout(30_000);
            client.getOutputStream().write((TYPED + "\n").getBytes(StandardCharsets.UTF_8));
            server.type(ANSWER);
            BufferedReader answers = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals(ANSWER, answers.readLine());
            server.nextLine(line -> line.startsWith("Connection from: "));
            assertEquals("from connected user: " + TYPED, server.nextLine());
        }
    }

    private static String answerOnce(ServerSocket listener) {
        try (Socket client = listener.accept()) {
            String line = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            OutputStream out = client.getOutputStream();
            out.write((ANSWER + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return line;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
