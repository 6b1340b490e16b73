package org.parley.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Event;
import org.parley.model.Granularity;
import org.parley.model.When;

/**
 * Merges reports of the same happening into one timeline entry. Pure over a collection.
 *
 * <p>Two reports are the same event only when all of these hold:
 * <ul>
 *   <li>the same kind and the same status: a threatened invasion is never the invasion, a planned summit never
 *       the summit held;</li>
 *   <li>compatible dates at their granularity: one's period lies inside the other's ("2022-06-29" inside
 *       "2022-06" or week "2022-W26"); two different days, or two different months, are not compatible. A date
 *       known only to the year ("in 2022") says too little to join a dated event and merges only with the same
 *       year. Undated reports merge only with undated reports with the same participants;</li>
 *   <li>overlapping participants: they share at least half of each set (so a common "Ukraine" does not make Johnson's
 *       visit Trudeau's), and neither set is empty.</li>
 * </ul>
 * A report joins an entry only when it is the same event as every report already in it, so one vague report cannot
 * chain unrelated happenings together. Entries are ordered by date, undated last; an entry's date is its most
 * precise report's, preferring dates the text gives over estimated ones.
 */
public final class TimelineBuilder {
    public List<TimelineEntry> build(Collection<ReportedEvent> events) {
        List<ReportedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((ReportedEvent e) -> e.event().when().map(w -> w.granularity().ordinal()).orElse(9))
                .thenComparing(e -> e.event().when().map(When::date).orElse(LocalDate.MAX))
                .thenComparing(e -> e.event().estimated())
                .thenComparing(e -> e.article().value()).thenComparingInt(e -> e.event().sentence()));
        List<List<ReportedEvent>> groups = new ArrayList<>();
        for (ReportedEvent e : sorted) {
            List<ReportedEvent> home = null;
            for (List<ReportedEvent> g : groups) {
                if (g.stream().allMatch(member -> same(member, e))) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(e);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (List<ReportedEvent> g : groups) {
            Optional<ReportedEvent> dated = g.stream().filter(r -> r.event().when().isPresent())
                    .min(Comparator.comparing((ReportedEvent r) -> r.event().estimated())
                            .thenComparing(r -> r.event().when().get().granularity().ordinal()));
            Set<String> participants = new LinkedHashSet<>();
            for (ReportedEvent r : g) participants.addAll(r.participants());
            Event first = g.get(0).event();
            out.add(new TimelineEntry(first.kind(), first.status(), dated.flatMap(r -> r.event().when()),
                    dated.map(r -> r.event().estimated()).orElse(false), participants, g));
        }
        out.sort(Comparator.comparing((TimelineEntry t) -> t.when().map(When::date).orElse(LocalDate.MAX)));
        return out;
    }

    static boolean same(ReportedEvent a, ReportedEvent b) {
        if (!a.event().kind().equals(b.event().kind()) || a.event().status() != b.event().status()) return false;
        if (!overlapping(a.participants(), b.participants())) return false;
        Optional<When> x = a.event().when();
        Optional<When> y = b.event().when();
        if (x.isEmpty() || y.isEmpty()) return x.isEmpty() && y.isEmpty() && a.participants().equals(b.participants());
        return compatible(x.get(), y.get());
    }

    private static boolean overlapping(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        int shared = 0;
        for (String p : a) if (b.contains(p)) shared++;
        return shared > 0 && shared * 2 >= Math.max(a.size(), b.size());
    }

    /** Whether one date's period lies inside the other's; a year joins only the same year. */
    static boolean compatible(When a, When b) {
        if (a.granularity() == Granularity.YEAR || b.granularity() == Granularity.YEAR) {
            return a.granularity() == b.granularity() && a.date().equals(b.date());
        }
        return inside(a, b) || inside(b, a);
    }

    private static boolean inside(When inner, When outer) {
        return !inner.date().isBefore(outer.date()) && !end(inner).isAfter(end(outer));
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
