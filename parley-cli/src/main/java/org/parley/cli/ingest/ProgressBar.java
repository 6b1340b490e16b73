package org.parley.cli.ingest;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A one-line progress bar on a terminal, redrawn in place: articles done out of the articles the inputs hold
 * ({@link ArticleCount}), the rate and the time left; without a known total, the count and the rate. Lines printed
 * while it shows go through {@link #above}, which clears the bar, prints, and draws it again below them, so nothing
 * is written over it. Only for terminals: redirected to a file, ingest prints no bar ({@link #none()}).
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintStream out;
    private final OptionalLong total;
    private final long startNanos = System.nanoTime();
    private long done;
    private long lastDraw;
    private String drawn = "";
    private String what = "";

    public ProgressBar(PrintStream out, OptionalLong total) {
        this.out = out;
        this.total = total;
    }

    /** A bar that shows nothing, for output that is not a terminal or a quiet run. */
    public static ProgressBar none() {
        return new ProgressBar(new PrintStream(OutputStream.nullOutputStream()), OptionalLong.empty());
    }

    /** One more article (or unreadable record) done; {@code what} names it. */
    public synchronized void step(String what) {
        done++;
        this.what = what;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || total.isPresent() && done == total.getAsLong()) {
            lastDraw = now;
            draw(line(now, what));
        }
    }

    /** Prints {@code line} (a problem, a verbose line) above the bar: the bar is cleared first and drawn again after. */
    public synchronized void above(Runnable print) {
        clear();
        print.run();
        if (done > 0) draw(line(System.nanoTime(), what));
    }

    /** Clears the bar so the summary starts on a clean line. */
    public synchronized void finish() {
        clear();
    }

    private void draw(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, drawn.length() - line.length())));
        out.flush();
        drawn = line;
    }

    private void clear() {
        if (drawn.isEmpty()) return;
        out.print("\r" + " ".repeat(drawn.length()) + "\r");
        out.flush();
        drawn = "";
    }

    String line(long now, String what) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder();
        if (total.isPresent()) {
            long all = Math.max(total.getAsLong(), done);
            int filled = all == 0 ? WIDTH : (int) Math.min(WIDTH, WIDTH * done / all);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            sb.append(done).append('/').append(all);
            long remaining = all - done;
            String eta = rate > 0 ? format(Duration.ofSeconds((long) (remaining / rate))) : "?";
            sb.append(String.format(Locale.ROOT, "  %.1f articles/s  ETA %s", rate, eta));
        } else {
            sb.append(done).append(String.format(Locale.ROOT, " articles  %.1f articles/s", rate));
        }
        if (!what.isEmpty()) sb.append("  ").append(what.length() > 40 ? "…" + what.substring(what.length() - 39) : what);
        return sb.toString();
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? "%dh%02dm".formatted(s / 3600, s % 3600 / 60) : "%dm%02ds".formatted(s / 60, s % 60);
    }
}
