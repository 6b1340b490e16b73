package org.parley.extract.map;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.model.Condition;

/**
 * A condition, demand or red line a party states, with when it was first and last stated (same words folded together).
 *
 * @param latest the latest statement that states it: its evidence
 */
public record ConditionNote(Condition.Kind kind, String text, LocalDate first, LocalDate last, int times, Statement latest) {
    public ConditionNote {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(last, "last is null");
        Objects.requireNonNull(latest, "latest is null");
    }
}
