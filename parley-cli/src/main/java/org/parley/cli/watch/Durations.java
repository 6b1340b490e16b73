package org.parley.cli.watch;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Poll intervals as people write them: {@code 30s}, {@code 5m}, {@code 2h}, or ISO-8601 ({@code PT5M}). */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|min|h)");

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the text and the forms accepted */
    public static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } else {
            try {
                d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'%s' is not a duration; write e.g. 30s, 5m or 1h".formatted(text), e);
            }
        }
        if (d.toMillis() < 1) throw new IllegalArgumentException("'%s' is no time at all; give e.g. 30s, 5m or 1h".formatted(text));
        return d;
    }
}
