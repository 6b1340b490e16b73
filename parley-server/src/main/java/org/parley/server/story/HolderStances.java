package org.parley.server.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Position;
import org.parley.store.StoredStance;

/**
 * One holder's stances on one issue across articles: a row of the issue matrix.
 *
 * @param byPosition the statements for each position, oldest first
 * @param latest     the position of the latest dated statement (the latest stored when none is dated)
 */
public record HolderStances(HolderKey holder, String issue, Map<Position, List<StoredStance>> byPosition,
                            Position latest, Optional<LocalDate> latestDate) {
    public HolderStances {
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(issue, "issue is null");
        byPosition = Map.copyOf(byPosition);
        Objects.requireNonNull(latest, "latest is null");
        Objects.requireNonNull(latestDate, "latestDate is null");
    }

    public int total() {
        return byPosition.values().stream().mapToInt(List::size).sum();
    }
}
