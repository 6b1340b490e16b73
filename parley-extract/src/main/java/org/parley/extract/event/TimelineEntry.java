package org.parley.extract.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.EventStatus;
import org.parley.model.When;

/**
 * One happening on the timeline, with every report of it: one outlet or many.
 *
 * @param estimated true when no report gives the date in words: it is the reporting articles' own date
 */
public record TimelineEntry(String kind, EventStatus status, Optional<When> when, boolean estimated, Set<String> participants,
                            List<ReportedEvent> sources) {
    public TimelineEntry {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(when, "when is null");
        participants = Set.copyOf(participants);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("timeline entry '" + kind + "' has no source");
    }

    /** Number of distinct outlets reporting it. */
    public long outlets() {
        return sources.stream().map(ReportedEvent::outlet).distinct().count();
    }
}
