package dev.netbasics.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data connections into files: whole, appended, cut off by a stalled sender, and a file that cannot be written. */
class FileReceiverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    private ServerSocket server;
    private Thread sender;
    private CountDownLatch stopStalling = new CountDownLatch(0);

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stop() throws Exception {
        stopStalling.countDown();
        server.close();
        if (sender != null) {
            sender.join(5000);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** A data connection (a socket channel, as plain FTP's) on which the peer sends the bytes, then maybe stalls. */
    private DataConnection connection(byte[] bytes, boolean stall, Duration timeout) throws IOException {
        CountDownLatch stalling = new CountDownLatch(1);
        stopStalling = stalling;
        sender = new Thread(() -> {
            try (Socket peer = server.accept(); OutputStream out = peer.getOutputStream()) {
                out.write(bytes);
                out.flush();
                if (stall) {
                    stalling.await(30, TimeUnit.SECONDS);
                }
            } catch (IOException | InterruptedException e) {
                // the test has ended
            }
        });
        sender.start();
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                server.getLocalPort()));
        return DataConnection.of(channel.socket(), timeout);
    }

    private FileChannel newFile(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    @Test
    void smallAndLargeDataArriveWhole() throws IOException {
        for (int size : new int[] {0, 100, 64 * 1024, 64 * 1024 + 1, 5 * 1024 * 1024 + 17}) {
            byte[] bytes = random(size);
            Path file = directory.resolve("file-" + size);
            try (FileChannel channel = newFile(file); DataConnection data = connection(bytes, false, TIMEOUT)) {
                FileReceiver receiver = new FileReceiver(data, channel, 0, null);
                receiver.receive();
                assertEquals(size, receiver.received());
            }
            assertArrayEquals(bytes, Files.readAllBytes(file), "size " + size);
        }
    }

    @Test
    void aResumedFileIsAppendedTo() throws IOException {
        byte[] whole = random(3 * 1024 * 1024);
        Path file = directory.resolve("file");
        Files.write(file, Arrays.copyOf(whole, 1000));
        byte[] rest = Arrays.copyOfRange(whole, 1000, whole.length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                DataConnection data = connection(rest, false, TIMEOUT)) {
            FileReceiver receiver = new FileReceiver(data, channel, 1000, null);
            receiver.receive();
            assertEquals(whole.length, receiver.received());
        }
        assertArrayEquals(whole, Files.readAllBytes(file));
    }

    @Test
    void aStalledSenderTimesOutAndWhatArrivedIsKept() throws IOException {
        for (int size : new int[] {1000, 2 * 1024 * 1024 + 3}) {
            byte[] bytes = random(size);
            Path file = directory.resolve("file-" + size);
            try (FileChannel channel = newFile(file);
                    DataConnection data = connection(bytes, true, Duration.ofMillis(300))) {
                FileReceiver receiver = new FileReceiver(data, channel, 0, null);
                assertThrows(SocketTimeoutException.class, receiver::receive);
                assertEquals(size, receiver.received());
            }
            assertArrayEquals(bytes, Files.readAllBytes(file), "size " + size);
            stopAndRelisten();
        }
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheReceiveInsteadOfHangingIt() throws IOException {
        for (int size : new int[] {10, 3 * 1024 * 1024}) {
            Path file = Files.createFile(directory.resolve("file-" + size));
            try (FileChannel readOnly = FileChannel.open(file, StandardOpenOption.READ);
                    DataConnection data = connection(random(size), false, TIMEOUT)) {
                FileReceiver receiver = new FileReceiver(data, readOnly, 0, null);
                assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> assertThrows(NonWritableChannelException.class, receiver::receive));
            }
            stopAndRelisten();
        }
    }

    private void stopAndRelisten() throws IOException {
        stopStalling.countDown();
        try {
            sender.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }
}
