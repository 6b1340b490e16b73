package org.parley.extract.claim;

import java.util.List;
import java.util.Objects;

/**
 * One version of the disputed fact and every report giving it.
 *
 * @param value the version: "SUPPORT" / "OPPOSE", a speaker's name, or a date value ("2024-05-02", "2024-05")
 */
public record ConflictSide(String value, List<ConflictEvidence> evidence) {
    public ConflictSide {
        Objects.requireNonNull(value, "value is null");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) throw new IllegalArgumentException("side '" + value + "' has no evidence");
    }
}
