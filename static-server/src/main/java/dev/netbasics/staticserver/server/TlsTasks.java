package dev.netbasics.staticserver.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that run the TLS engines' slow steps (key exchange, signing, certificate checks), one per
 * processor, so that a handshake never holds up an event loop and the other connections it serves.
 */
final class TlsTasks {

    private TlsTasks() {
    }

    /** Created at the first handshake, not with the class: a plain HTTP server starts no thread for it. */
    private static final class Pool {
        static final ExecutorService THREADS = Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().daemon().name("tls-", 0).factory());
    }

    static void run(Runnable work) {
        Pool.THREADS.execute(work);
    }
}
