package org.parley.server.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Event;
import org.parley.model.Position;
import org.parley.model.Speaker;
import org.parley.store.EntityRef;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredEvent;
import org.parley.store.StoredStance;

/**
 * The default {@link StoryViews}: groups store rows by holder and issue, orders statements by their date (the
 * stance's own date when the article tells it, else the article's), and calls a change between consecutive
 * positions a shift.
 */
public final class SimpleStoryViews implements StoryViews {
    private static final Comparator<StoredStance> BY_DATE = Comparator
            .comparing((StoredStance s) -> date(s).orElse(LocalDate.MAX)).thenComparingLong(StoredStance::id);

    @Override
    public List<HolderStances> holderStances(List<StoredStance> stances) {
        List<HolderStances> rows = new ArrayList<>();
        grouped(stances).forEach((key, list) -> {
            Map<Position, List<StoredStance>> byPosition = new EnumMap<>(Position.class);
            for (StoredStance s : list) byPosition.computeIfAbsent(s.stance().position(), p -> new ArrayList<>()).add(s);
            StoredStance last = list.getLast();
            rows.add(new HolderStances(key.holder(), key.issue(), byPosition, last.stance().position(), date(last)));
        });
        rows.sort(Comparator.comparing(HolderStances::issue).thenComparing(r -> -r.total())
                .thenComparing(r -> r.holder().name().toLowerCase(Locale.ROOT)));
        return rows;
    }

    @Override
    public List<StanceShift> shifts(List<StoredStance> stances) {
        List<StanceShift> shifts = new ArrayList<>();
        grouped(stances).forEach((key, list) -> {
            for (int i = 1; i < list.size(); i++) {
                StoredStance before = list.get(i - 1);
                StoredStance after = list.get(i);
                if (before.stance().position() != after.stance().position()) {
                    shifts.add(new StanceShift(key.holder(), key.issue(), Optional.of(before), after, after.stance().shift()));
                }
            }
        });
        shifts.sort(Comparator.comparing((StanceShift s) -> s.after(), BY_DATE));
        return shifts;
    }

    @Override
    public List<TimelineEntry> timeline(List<StoredEvent> events, List<StoredAttribution> statements) {
        List<TimelineEntry> out = new ArrayList<>();
        for (StoredEvent e : events) {
            Event ev = e.event();
            Optional<LocalDate> when = ev.when().map(w -> w.date()).or(() -> e.article().date());
            if (when.isEmpty()) continue;
            // An estimated date is the article's own: say so the way an undated event's fallback does.
            String granularity = ev.estimated() ? "article"
                    : ev.when().map(w -> w.granularity().name().toLowerCase(Locale.ROOT)).orElse("article");
            List<String> who = e.participants().stream().map(EntityRef::name).toList();
            out.add(new TimelineEntry(when.get(), granularity, TimelineEntry.Kind.EVENT, e.id(), e.article(), ev.kind(),
                    ev.triggerText(), who, ev.evidence(), Optional.of(ev.status())));
        }
        for (StoredAttribution a : statements) {
            if (a.article().date().isEmpty()) continue;
            List<String> who = a.speaker().map(s -> List.of(s.name())).orElseGet(() ->
                    a.attribution().speaker() instanceof Speaker.Known k ? List.of(k.name()) : List.of());
            out.add(new TimelineEntry(a.article().date().get(), "article", TimelineEntry.Kind.STATEMENT, a.id(),
                    a.article(), a.attribution().cueText(), a.attribution().text(), who, a.attribution().content(), Optional.empty()));
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private record Group(HolderKey holder, String issue) {
    }

    private static Map<Group, List<StoredStance>> grouped(List<StoredStance> stances) {
        Map<Group, List<StoredStance>> groups = new LinkedHashMap<>();
        for (StoredStance s : stances) {
            groups.computeIfAbsent(new Group(HolderKey.of(s), s.stance().issue()), g -> new ArrayList<>()).add(s);
        }
        groups.values().forEach(list -> list.sort(BY_DATE));
        return groups;
    }

    /** The statement's own date when the article tells it, else the article's date. */
    public static Optional<LocalDate> date(StoredStance s) {
        return s.stance().date().or(() -> s.article().date());
    }
}
