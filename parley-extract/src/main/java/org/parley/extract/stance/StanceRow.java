package org.parley.extract.stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Position;

/**
 * Where one holder stands on one issue over all the articles read.
 *
 * @param holder    the key the {@link HolderKey} gave
 * @param name      a display name: the holder's most frequent name
 * @param overall   the stance weighted by confidence and recency; mixed when support and opposition both weigh
 * @param counts    number of statements per position
 * @param first     date of the earliest dated statement
 * @param last      date of the latest dated statement
 * @param evidence  the statements, oldest first
 */
public record StanceRow(String holder, String name, String issue, Position overall, double confidence,
                        Map<Position, Integer> counts, Optional<LocalDate> first, Optional<LocalDate> last,
                        List<SourcedStance> evidence) {
    public StanceRow {
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(overall, "overall is null");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(last, "last is null");
        evidence = List.copyOf(evidence);
    }
}
