package org.parley.cli.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on a terminal (or printed every few seconds when
 * the output is a file), shown only when there is more than a handful of inputs.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long done;
    private long lastDraw;

    public ProgressBar(PrintStream out, long total, boolean interactive) {
        this.out = out;
        this.total = total;
        this.interactive = interactive;
    }

    public synchronized void step(String what) {
        done++;
        long now = System.nanoTime();
        long interval = interactive ? 100_000_000L : 5_000_000_000L;
        if (now - lastDraw >= interval || done == total) {
            lastDraw = now;
            out.print((interactive ? "\r" : "") + line(now, what) + (interactive ? "" : "\n"));
            out.flush();
        }
    }

    /** Clears the bar so the summary starts on a clean line. */
    public synchronized void finish() {
        if (interactive && done > 0) {
            out.print("\r" + " ".repeat(Math.min(160, line(System.nanoTime(), "").length() + 40)) + "\r");
            out.flush();
        }
    }

    String line(long now, String what) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            sb.append(done).append('/').append(total);
            long remaining = Math.max(0, total - done);
            String eta = rate > 0 ? format(Duration.ofSeconds((long) (remaining / rate))) : "?";
            sb.append(String.format(Locale.ROOT, "  %.1f articles/s  ETA %s", rate, eta));
        } else {
            sb.append(done).append(String.format(Locale.ROOT, " read  %.1f articles/s", rate));
        }
        if (!what.isEmpty()) sb.append("  ").append(what.length() > 40 ? "…" + what.substring(what.length() - 39) : what);
        return sb.toString();
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? "%dh%02dm".formatted(s / 3600, s % 3600 / 60) : "%dm%02ds".formatted(s / 60, s % 60);
    }
}
