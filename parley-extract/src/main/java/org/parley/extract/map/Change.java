package org.parley.extract.map;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Position;

/**
 * Something new on an issue since a date: a line of the morning briefing.
 *
 * @param from      the position before, for a shift
 * @param to        the position after (the party's new or current position)
 * @param condition the condition's words, for a new condition
 * @param evidence  the statement that shows it
 */
public record Change(String issue, String issueName, LocalDate date, Kind kind, Party party, Optional<Position> from,
                     Position to, Optional<ConditionNote> condition, Statement evidence) {
    public Change {
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(issueName, "issueName is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(party, "party is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(condition, "condition is null");
        Objects.requireNonNull(evidence, "evidence is null");
    }

    public enum Kind {
        /** A party takes a position on the issue for the first time. */
        NEW_POSITION,
        /** A party's weighed position changed. */
        SHIFT,
        /** An article reports that a party's position changed ("has started to shift"). */
        REPORTED_SHIFT,
        /** A condition, demand or red line stated for the first time. */
        NEW_CONDITION;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
