package org.parley.extract.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Condition;
import org.parley.model.Position;

/**
 * Where one party stands on the issue at the map's date.
 *
 * @param position    its position, weighted by confidence and recency over its statements up to the date (as
 *                    {@code StanceAggregator} weighs a holder's)
 * @param conditional true when it supports or opposes on terms: a counted statement states a condition or a demand
 * @param members     the speakers grouped into it, and why
 * @param counted     statements at or above the minimum confidence, up to the date
 * @param notCounted  statements below the minimum confidence, up to the date
 * @param conditions  distinct conditions, demands and red lines of its counted statements, the latest first
 * @param last        the latest statement behind the position (of that position when there is one)
 * @param segments    its positions over time, oldest first; the last is the current one
 */
public record PartyPosition(Party party, Position position, boolean conditional, double confidence, List<Member> members,
                            int counted, int notCounted, List<ConditionNote> conditions, Optional<Statement> last,
                            List<Segment> segments) {
    public PartyPosition {
        Objects.requireNonNull(party, "party is null");
        Objects.requireNonNull(position, "position is null");
        members = List.copyOf(members);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(last, "last is null");
        segments = List.copyOf(segments);
    }

    /** "support", "conditional support", "oppose", "conditional oppose", "mixed", "neutral". */
    public String label() {
        return conditional && (position == Position.SUPPORT || position == Position.OPPOSE) ? "conditional " + position.label() : position.label();
    }

    /** The positions it moved from: every segment but the current one, oldest first. */
    public List<Segment> earlier() {
        return segments.isEmpty() ? List.of() : segments.subList(0, segments.size() - 1);
    }

    public List<ConditionNote> conditionsOf(Condition.Kind kind) {
        return conditions.stream().filter(c -> c.kind() == kind).toList();
    }

    /** One speaker of the party, with how many of its statements are on the map. */
    public record Member(Speaker speaker, String basis, int statements) {
        public Member {
            Objects.requireNonNull(speaker, "speaker is null");
            Objects.requireNonNull(basis, "basis is null");
        }
    }
}
