package dev.netbasics.ftp.client;

import java.io.PrintWriter;

/** One self-rewriting stderr line per file, only when on a terminal: name, percent, bar, bytes and rate. */
final class ProgressBar {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final String name;
    private final long total;
    private final long startBytes;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    /** @param total the size when known, else -1; startBytes what a resumed file already had */
    ProgressBar(PrintWriter err, String name, long total, long startBytes) {
        this.err = err;
        this.name = name;
        this.total = total;
        this.startBytes = startBytes;
    }

    void update(long bytes) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(bytes, now);
        }
    }

    void finish(long bytes) {
        draw(bytes, System.nanoTime());
        err.println();
        err.flush();
    }

    private void draw(long bytes, long now) {
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        String rate = human((long) ((bytes - startBytes) / seconds)) + "/s";
        StringBuilder line = new StringBuilder("\r").append(name).append(' ');
        if (total > 0) {
            int percent = (int) Math.min(100, bytes * 100 / total);
            int filled = (int) Math.min(BAR_WIDTH, bytes * BAR_WIDTH / total);
            line.append(String.format("%3d%% [", percent)).append("=".repeat(filled))
                    .append(" ".repeat(BAR_WIDTH - filled)).append("] ").append(human(bytes)).append(" / ")
                    .append(human(total));
        } else {
            line.append(human(bytes));
        }
        line.append("  ").append(rate).append("\u001b[K");
        err.print(line);
        err.flush();
    }

    private static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s", value, units[unit]);
    }
}
