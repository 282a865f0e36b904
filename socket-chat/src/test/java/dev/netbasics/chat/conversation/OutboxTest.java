package dev.netbasics.chat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static byte[] line(int length) {
        return new byte[length];
    }

    @Test
    void refusesWhatPassesEitherLimit() {
        Outbox byLines = new Outbox(2, 1000);
        assertTrue(byLines.offer(line(10)));
        assertTrue(byLines.offer(line(10)));
        assertFalse(byLines.offer(line(10)));
        Outbox byBytes = new Outbox(100, 25);
        assertTrue(byBytes.offer(line(10)));
        assertTrue(byBytes.offer(line(10)));
        assertFalse(byBytes.offer(line(10)));
        assertEquals(2, byBytes.size());
    }

    @Test
    void aLineOverTheByteLimitGoesAlone() throws InterruptedException {
        Outbox outbox = new Outbox(100, 25);
        assertTrue(outbox.offer(line(40)));
        assertFalse(outbox.offer(line(1)));
        List<byte[]> batch = new ArrayList<>();
        assertEquals(40, outbox.take(batch, 1000));
        assertTrue(outbox.offer(line(1)));
    }

    @Test
    void takesEverythingThatFitsInABatchAndFreesItsBytes() throws InterruptedException {
        Outbox outbox = new Outbox(100, 100);
        for (int i = 0; i < 5; i++) {
            assertTrue(outbox.offer(line(20)));
        }
        assertFalse(outbox.offer(line(20)));
        List<byte[]> batch = new ArrayList<>();
        assertEquals(60, outbox.take(batch, 70));
        assertEquals(3, batch.size());
        assertEquals(2, outbox.size());
        assertTrue(outbox.offer(line(20)));
    }

    @Test
    void aWaitingWriterWakesForALineAndEndsWhenClosed() throws Exception {
        Outbox outbox = new Outbox(100, 100);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> take(outbox));
        Thread.sleep(50);
        assertFalse(first.isDone(), "waits while empty");
        outbox.offer(line(7));
        assertEquals(7, first.get(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> last = CompletableFuture.supplyAsync(() -> take(outbox));
        outbox.close();
        assertEquals(0, last.get(10, TimeUnit.SECONDS));
        assertFalse(outbox.offer(line(1)), "closed");
    }

    private static int take(Outbox outbox) {
        try {
            return outbox.take(new ArrayList<>(), 1000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
