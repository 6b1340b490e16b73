package org.parley.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What people's review did to a stored stance or quote (see {@link Correction}): its verdict and the values they
 * corrected. The fact it is attached to already shows the corrected values; {@link #corrected()} keeps what
 * extraction said, so readers can say "corrected from oppose".
 *
 * @param verdict   confirmed or rejected, when someone said so (and did not undo it)
 * @param corrected each corrected field ({@code holder}, {@code speaker}, {@code polarity}, {@code condition}) with
 *                  the value extraction gave it; empty when nothing was corrected
 * @param by        who made the latest correction in force
 * @param at        when
 * @param latest    the id of that correction
 */
public record Review(Optional<Verdict> verdict, Map<String, String> corrected, String by, Instant at, long latest) {
    public Review {
        Objects.requireNonNull(verdict, "verdict is null");
        corrected = Map.copyOf(corrected);
        Objects.requireNonNull(by, "by is null");
        Objects.requireNonNull(at, "at is null");
    }

    public enum Verdict {
        CONFIRMED, REJECTED;

        /** "confirmed", "rejected": as stored and shown. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Verdict parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public boolean rejected() {
        return verdict.filter(v -> v == Verdict.REJECTED).isPresent();
    }

    public boolean confirmed() {
        return verdict.filter(v -> v == Verdict.CONFIRMED).isPresent();
    }

    /**
     * One word for listings: "rejected", "confirmed", "corrected" (values changed, no verdict), or
     * "confirmed, corrected" when both.
     */
    public String summary() {
        String v = verdict.map(Verdict::label).orElse("");
        if (corrected.isEmpty()) return v;
        return v.isEmpty() ? "corrected" : v + ", corrected";
    }
}
