package org.parley.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.When;

/**
 * Merges reports of the same happening into one timeline entry. Pure over a collection.
 *
 * <p>Two reports are the same event when they have the same kind, overlapping participants (they share at
 * least half of the smaller set) and compatible dates: their periods overlap ("2025-02-13" lies inside week
 * "2025-W07"), allowing one day either way for time zones and "late on Thursday". Undated reports merge only with
 * undated reports of the same kind and participants. Entries are ordered by date, undated last; an entry's date
 * is its most precise report's.
 */
public final class TimelineBuilder {
    private static final int SLACK_DAYS = 1;

    public List<TimelineEntry> build(Collection<ReportedEvent> events) {
        List<ReportedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((ReportedEvent e) -> e.event().when().map(When::date).orElse(LocalDate.MAX))
                .thenComparing(e -> e.event().when().map(w -> w.granularity().ordinal()).orElse(9))
                .thenComparing(e -> e.article().value()).thenComparingInt(e -> e.event().sentence()));
        List<List<ReportedEvent>> groups = new ArrayList<>();
        for (ReportedEvent e : sorted) {
            List<ReportedEvent> home = null;
            for (List<ReportedEvent> g : groups) {
                if (same(g.get(0), e)) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(e);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (List<ReportedEvent> g : groups) {
            Optional<When> when = g.stream().map(r -> r.event().when()).flatMap(Optional::stream)
                    .min(Comparator.comparing((When w) -> w.granularity().ordinal()));
            Set<String> participants = new HashSet<>();
            for (ReportedEvent r : g) participants.addAll(r.participants());
            out.add(new TimelineEntry(g.get(0).event().kind(), when, participants, g));
        }
        out.sort(Comparator.comparing((TimelineEntry t) -> t.when().map(When::date).orElse(LocalDate.MAX)));
        return out;
    }

    static boolean same(ReportedEvent a, ReportedEvent b) {
        if (!a.event().kind().equals(b.event().kind())) return false;
        if (!overlapping(a.participants(), b.participants())) return false;
        Optional<When> x = a.event().when();
        Optional<When> y = b.event().when();
        if (x.isEmpty() || y.isEmpty()) return x.isEmpty() && y.isEmpty() && a.participants().equals(b.participants());
        return compatible(x.get(), y.get());
    }

    private static boolean overlapping(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return a.isEmpty() && b.isEmpty();
        int shared = 0;
        for (String p : a) if (b.contains(p)) shared++;
        return shared * 2 >= Math.min(a.size(), b.size());
    }

    static boolean compatible(When a, When b) {
        LocalDate aEnd = end(a).plusDays(SLACK_DAYS);
        LocalDate bEnd = end(b).plusDays(SLACK_DAYS);
        return !a.date().isAfter(bEnd) && !b.date().isAfter(aEnd);
    }

    private static LocalDate end(When w) {
        return switch (w.granularity()) {
            case DAY -> w.date();
            case WEEK -> w.date().plusDays(6);
            case MONTH -> w.date().plusMonths(1).minusDays(1);
            case YEAR -> w.date().plusYears(1).minusDays(1);
        };
    }
}
