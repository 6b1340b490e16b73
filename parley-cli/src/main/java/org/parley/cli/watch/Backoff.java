package org.parley.cli.watch;

import java.time.Duration;

/**
 * How long a failing source rests before it is tried again: {@code first}, doubling with each failure in a row,
 * never more than {@code max}. One source failing does not hold up the others.
 */
public record Backoff(Duration first, Duration max) {
    public Backoff {
        if (first.isNegative() || first.isZero()) throw new IllegalArgumentException("first back-off must be positive, got " + first);
        if (max.compareTo(first) < 0) throw new IllegalArgumentException("max back-off %s is shorter than the first %s".formatted(max, first));
    }

    /** One minute, doubling up to one hour. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** The rest after {@code failures} failures in a row (1 = the first failure). */
    public Duration after(int failures) {
        if (failures < 1) return Duration.ZERO;
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(max) > 0 ? max : d;
    }
}
