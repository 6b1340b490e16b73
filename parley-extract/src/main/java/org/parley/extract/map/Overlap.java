package org.parley.extract.map;

import java.util.List;
import java.util.Objects;

/**
 * How two parties' positions at the map's date relate.
 *
 * @param conditions the conditions and demands either side states, which an agreement would have to meet
 * @param reason     the rule that decided it, in words
 */
public record Overlap(Party a, Party b, Kind kind, String reason, List<ConditionNote> conditions) {
    public Overlap {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(reason, "reason is null");
        conditions = List.copyOf(conditions);
    }

    /** Simple on purpose: positions and whether either side states terms, nothing inferred from the terms' words. */
    public enum Kind {
        /** Both support, or both oppose, unconditionally: the same outcome is acceptable to both. */
        AGREE,
        /** The same outcome could be acceptable to both, on the conditions one side states (same positions with
         *  terms, or support against opposition where either side states terms). */
        UNDER_CONDITIONS,
        /** One side's position is mixed: no clear overlap or clash. */
        OPEN,
        /** One supports and the other opposes, and neither states any terms. */
        IRRECONCILABLE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
