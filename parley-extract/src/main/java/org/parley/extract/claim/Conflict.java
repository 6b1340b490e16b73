package org.parley.extract.claim;

import java.util.List;
import java.util.Objects;

/**
 * Reports that contradict each other, kept side by side and never resolved: Parley shows who said what, not which
 * version is true.
 *
 * @param subject what the sides disagree about: "holder / issue", the quote, or the event ("call: Emmanuel Macron +
 *                Olaf Scholz")
 * @param sides   two or more versions, each with its evidence
 */
public record Conflict(ConflictKind kind, String subject, List<ConflictSide> sides) {
    public Conflict {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(subject, "subject is null");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("%s conflict on '%s' needs two sides, got %d".formatted(kind, subject, sides.size()));
        }
    }
}
