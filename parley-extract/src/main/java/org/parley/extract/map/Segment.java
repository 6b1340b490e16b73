package org.parley.extract.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.Position;

/**
 * A stretch of time over which a party's weighted position stayed the same: one piece of its lane.
 *
 * @param from       the date of the statement that brought the position about
 * @param to         the day before the next segment begins, or the map's date for the current one
 * @param statements the counted statements dated within it, oldest first
 */
public record Segment(LocalDate from, LocalDate to, Position position, List<Statement> statements) {
    public Segment {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(position, "position is null");
        statements = List.copyOf(statements);
    }
}
