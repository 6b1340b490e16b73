package org.parley.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.stance.HolderKey;
import org.parley.extract.stance.Shift;
import org.parley.extract.stance.ShiftDetector;
import org.parley.extract.stance.SourcedStance;
import org.parley.extract.stance.StanceAggregator;
import org.parley.extract.stance.StanceRow;
import org.parley.model.Position;
import org.parley.server.story.HolderStances;
import org.parley.server.story.SimpleStoryViews;
import org.parley.server.story.StanceShift;
import org.parley.server.story.StoryViews;
import org.parley.server.story.TimelineEntry;
import org.parley.store.EntityRef;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredEvent;
import org.parley.store.StoredStance;

/**
 * The server's stance views computed by the pipeline's own {@link StanceAggregator} (confidence- and
 * recency-weighted overall position) and {@link ShiftDetector}, as {@code parley stances} and {@code parley shifts}
 * print them; holders are keyed by resolved entity, else by name. The timeline is the server's default.
 */
final class PipelineStoryViews implements StoryViews {
    static final double HALF_LIFE_DAYS = 90;
    static final double MIN_SHIFT_CONFIDENCE = org.parley.extract.stance.StanceAggregator.DEFAULT_MIN_CONFIDENCE;
    private final SimpleStoryViews simple = new SimpleStoryViews();

    /** Stances as the aggregator sees them, remembering the stored row each came from. */
    private record Sourced(List<SourcedStance> stances, Map<SourcedStance, StoredStance> stored, HolderKey key) {
        static Sourced of(List<StoredStance> rows) {
            List<SourcedStance> out = new ArrayList<>();
            Map<SourcedStance, StoredStance> stored = new IdentityHashMap<>();
            Map<String, String> entityOf = new java.util.HashMap<>();
            for (StoredStance s : rows) {
                SourcedStance x = new SourcedStance(s.article().id(), s.article().outlet(), s.stance());
                out.add(x);
                stored.put(x, s);
                s.holder().ifPresent(h -> entityOf.put(mentionKey(s), h.id().value()));
            }
            HolderKey byName = HolderKey.byName();
            HolderKey key = (article, holder) -> {
                String id = entityOf.get(article.value() + "@" + holder.mention().start() + "-" + holder.mention().end());
                return id != null ? id : byName.of(article, holder);
            };
            return new Sourced(out, stored, key);
        }

        private static String mentionKey(StoredStance s) {
            var m = s.stance().holder().mention();
            return s.article().id().value() + "@" + m.start() + "-" + m.end();
        }

        org.parley.server.story.HolderKey holder(StoredStance any, String fallbackName) {
            Optional<EntityRef> ref = any.holder();
            return ref.map(r -> new org.parley.server.story.HolderKey(Optional.of(r.id().value()), r.name()))
                    .orElseGet(() -> new org.parley.server.story.HolderKey(Optional.empty(), fallbackName));
        }
    }

    @Override
    public List<HolderStances> holderStances(List<StoredStance> stances) {
        Sourced s = Sourced.of(stances);
        List<HolderStances> rows = new ArrayList<>();
        for (StanceRow row : new StanceAggregator(s.key(), HALF_LIFE_DAYS).aggregate(s.stances())) {
            if (row.evidence().isEmpty()) continue;
            Map<Position, List<StoredStance>> byPosition = new EnumMap<>(Position.class);
            for (SourcedStance e : row.evidence()) {
                byPosition.computeIfAbsent(e.stance().position(), p -> new ArrayList<>()).add(s.stored().get(e));
            }
            StoredStance any = s.stored().get(row.evidence().getLast());
            rows.add(new HolderStances(s.holder(any, row.name()), row.issue(), byPosition, row.overall(), row.last()));
        }
        return rows;
    }

    @Override
    public List<StanceShift> shifts(List<StoredStance> stances) {
        Sourced s = Sourced.of(stances);
        List<StanceShift> out = new ArrayList<>();
        for (Shift shift : new ShiftDetector(s.key(), MIN_SHIFT_CONFIDENCE).detect(s.stances())) {
            StoredStance after = s.stored().get(shift.after());
            out.add(new StanceShift(s.holder(after, after.stance().holder().name()), shift.issue(),
                    shift.before().map(b -> s.stored().get(b)), after, shift.reported()));
        }
        return out;
    }

    @Override
    public List<TimelineEntry> timeline(List<StoredEvent> events, List<StoredAttribution> statements) {
        return simple.timeline(events, statements);
    }
}
