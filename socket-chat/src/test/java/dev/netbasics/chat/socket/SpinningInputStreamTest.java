package dev.netbasics.chat.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SpinningInputStreamTest {

    @Test
    void anAnswerAfterTheSpinIsStillReadWhole() throws Exception {
        PipedInputStream pipe = new PipedInputStream();
        PipedOutputStream peer = new PipedOutputStream(pipe);
        CountDownLatch blocked = new CountDownLatch(1);
        // The answer is written only once the spin has given up and the read waits in the stream below.
        InputStream below = new FilterInputStream(pipe) {
            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                blocked.countDown();
                return super.read(bytes, offset, length);
            }
        };
        SpinningInputStream in = new SpinningInputStream(below);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> {
            try {
                blocked.await();
                peer.write("late\n".getBytes(StandardCharsets.US_ASCII));
                peer.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] buffer = new byte[16];
        assertEquals(5, in.read(buffer, 0, buffer.length));
        assertEquals("late\n", new String(buffer, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(-1, in.read(buffer, 0, buffer.length));
        late.get(10, TimeUnit.SECONDS);
    }
}
