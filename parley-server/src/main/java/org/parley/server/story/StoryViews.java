package org.parley.server.story;

import java.util.List;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredEvent;
import org.parley.store.StoredStance;

/**
 * Cross-article views the server shows: stances per holder, shifts, and the merged timeline. The server computes
 * them from store rows through this interface so the pipeline's own aggregation can be plugged in
 * ({@link SimpleStoryViews} is the default).
 */
public interface StoryViews {
    /** One row per holder and issue. */
    List<HolderStances> holderStances(List<StoredStance> stances);

    /** Changes of position, in date order. */
    List<StanceShift> shifts(List<StoredStance> stances);

    /** Events and statements merged, sorted by {@link TimelineEntry#compareTo}. */
    List<TimelineEntry> timeline(List<StoredEvent> events, List<StoredAttribution> statements);
}
