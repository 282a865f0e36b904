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
    void refusesALineOverTheLineLimit() {
        Outbox outbox = new Outbox(2, 1000);
        assertTrue(outbox.offer(line(10)));
        assertTrue(outbox.offer(line(10)));
        assertFalse(outbox.offer(line(10)));
        assertEquals(2, outbox.size());
    }

    @Test
    void refusesALineOverTheByteLimit() {
        Outbox outbox = new Outbox(100, 25);
        assertTrue(outbox.offer(line(10)));
        assertTrue(outbox.offer(line(10)));
        assertFalse(outbox.offer(line(10)));
        assertEquals(2, outbox.size());
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
    void aWaitingWriterWakesForALine() throws Exception {
        Outbox outbox = new Outbox(100, 100);
        CompletableFuture<Integer> taken = new CompletableFuture<>();
        Thread writer = Thread.ofPlatform().start(() -> taken.complete(take(outbox)));
        awaitWaiting(writer);
        assertFalse(taken.isDone(), "waits while empty");
        assertTrue(outbox.offer(line(7)));
        assertEquals(7, taken.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aWaitingWriterEndsWhenClosed() throws Exception {
        Outbox outbox = new Outbox(100, 100);
        CompletableFuture<Integer> taken = new CompletableFuture<>();
        Thread writer = Thread.ofPlatform().start(() -> taken.complete(take(outbox)));
        awaitWaiting(writer);
        outbox.close();
        assertEquals(0, taken.get(10, TimeUnit.SECONDS));
        assertFalse(outbox.offer(line(1)), "closed");
    }

    /** The event the tests wait for: the writer parked inside take(), waiting for a line. */
    private static void awaitWaiting(Thread writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writer.getState() != Thread.State.WAITING) {
            assertTrue(writer.isAlive() && System.nanoTime() < deadline, "the writer waits for a line");
            Thread.onSpinWait();
        }
    }

    private static int take(Outbox outbox) {
        try {
            return outbox.take(new ArrayList<>(), 1000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
