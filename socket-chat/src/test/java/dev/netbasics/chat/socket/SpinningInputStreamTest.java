package dev.netbasics.chat.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SpinningInputStreamTest {

    @Test
    void anAnswerAfterTheSpinIsStillReadWhole() throws Exception {
        PipedInputStream pipe = new PipedInputStream();
        PipedOutputStream peer = new PipedOutputStream(pipe);
        SpinningInputStream in = new SpinningInputStream(pipe);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(SpinningInputStream.SPIN_NANOS) + 50);
                peer.write("late\n".getBytes());
                peer.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] buffer = new byte[16];
        assertEquals(5, in.read(buffer, 0, buffer.length));
        assertEquals("late\n", new String(buffer, 0, 5));
        assertEquals(-1, in.read(buffer, 0, buffer.length));
        late.get(10, TimeUnit.SECONDS);
    }
}
