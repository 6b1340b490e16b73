package org.parley.extract.map;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What map to draw.
 *
 * @param at            "as of": statements after it are not read; empty means the latest statement's date
 * @param from          statements before it are not read (a window on a long story)
 * @param to            statements after it are not read; {@code at} defaults to it
 * @param minConfidence statements below it are shown as "not counted" and weigh nothing. The default,
 *                      {@link #DEFAULT_MIN_CONFIDENCE}, is what {@code ShiftDetector.byName()} uses, so the map's
 *                      shifts and {@code parley shifts} agree
 */
public record MapOptions(Optional<LocalDate> at, Optional<LocalDate> from, Optional<LocalDate> to, double minConfidence) {
    public static final double DEFAULT_MIN_CONFIDENCE = org.parley.extract.stance.StanceAggregator.DEFAULT_MIN_CONFIDENCE;

    public MapOptions {
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        if (minConfidence < 0 || minConfidence > 1 || Double.isNaN(minConfidence)) {
            throw new IllegalArgumentException("minimum confidence %s is not in [0, 1]; give e.g. 0.25".formatted(minConfidence));
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the window ends (%s) before it starts (%s); swap the dates".formatted(to.get(), from.get()));
        }
        if (at.isPresent() && from.isPresent() && at.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the map's date %s is before the window's start %s; give a date in the window".formatted(at.get(), from.get()));
        }
    }

    public static MapOptions latest() {
        return new MapOptions(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_MIN_CONFIDENCE);
    }

    public MapOptions at(LocalDate date) {
        return new MapOptions(Optional.ofNullable(date), from, to, minConfidence);
    }

    /** The last day read: {@code at}, else {@code to}, else no limit. */
    Optional<LocalDate> until() {
        if (at.isPresent() && to.isPresent()) return Optional.of(at.get().isBefore(to.get()) ? at.get() : to.get());
        return at.or(() -> to);
    }

    boolean inWindow(LocalDate d) {
        return from.map(f -> !d.isBefore(f)).orElse(true) && until().map(u -> !d.isAfter(u)).orElse(true);
    }
}
