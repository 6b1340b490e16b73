package org.parley.server.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per answered request, tab-separated so it splits without a parser:
 * {@code time method route status duration-ms bytes remote}, e.g.
 * {@code 2026-12-07T20:41:03.512Z GET /api/articles/{id} 200 12.4 5311 127.0.0.1}. The route is the template, not
 * the path: a log line never holds an id, a search query or a token from a URL.
 */
public final class AccessLog implements AutoCloseable {
    private final PrintStream out;
    private final boolean owned;

    private AccessLog(PrintStream out, boolean owned) {
        this.out = out;
        this.owned = owned;
    }

    /** A log appended to {@code file}, or written to standard error for {@link OpsConfig#STDERR}. */
    public static AccessLog open(Path file) {
        if (file.equals(OpsConfig.STDERR)) return new AccessLog(System.err, false);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return new AccessLog(new PrintStream(stream, true, StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the access log " + file + ": " + e.getMessage()
                    + "; give a file in a folder this user may write, or - for standard error", e);
        }
    }

    /** Writes one request's line; concurrent calls write whole lines. */
    public void log(Instant at, String method, String route, int status, double millis, long bytes, String remote) {
        String line = at.truncatedTo(ChronoUnit.MILLIS) + "\t" + method + "\t" + clean(route) + "\t" + status + "\t"
                + String.format(java.util.Locale.ROOT, "%.1f", millis) + "\t" + (bytes < 0 ? "-" : String.valueOf(bytes))
                + "\t" + clean(remote);
        synchronized (out) {
            out.println(line);
        }
    }

    /** No tab or line break from a value may split or forge a line. */
    private static String clean(String s) {
        return s == null || s.isEmpty() ? "-" : s.replaceAll("[\\t\\r\\n\\p{Cntrl}]", "?");
    }

    @Override
    public void close() {
        if (owned) out.close();
    }
}
