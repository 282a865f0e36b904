package dev.netbasics.staticserver;

import dev.netbasics.staticserver.server.FileServer;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop the server: the first gracefully, a second at once. The JVM's own handlers
 * would run shutdown hooks on the first and let a second do nothing while they run. A signal the process was
 * started with ignored (SIGINT of a job a script put in the background) stays ignored, as the JVM leaves it.
 */
final class StopSignals {

    private static final String[] SIGNALS = {"INT", "TERM"};

    private StopSignals() {
    }

    static void install(FileServer server) {
        AtomicInteger received = new AtomicInteger();
        SignalHandler handler = signal -> {
            if (received.incrementAndGet() == 1) {
                server.stop();
            } else {
                server.stopNow();
            }
        };
        for (String name : SIGNALS) {
            Signal.handle(new Signal(name), handler);
        }
    }
}
