package org.parley.extract.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.model.Event;
import org.parley.model.When;

/**
 * DATE conflicts: events with the same {@link EventKey}, from different articles that appeared at most
 * {@code periodDays} apart (either undated: compared), whose dates cannot both be right: their periods (a day, a
 * week, a month or a year from {@link When#date()}) do not overlap. "2024-05" and "2024-05-02" are compatible.
 * Linked events form one conflict with one side per date value.
 */
final class DateConflicts {
    private record Report(ArticleFacts facts, Event event, When when) {
        LocalDate end() {
            return switch (when.granularity()) {
                case DAY -> when.date().plusDays(1);
                case WEEK -> when.date().plusWeeks(1);
                case MONTH -> when.date().plusMonths(1);
                case YEAR -> when.date().plusYears(1);
            };
        }

        boolean compatible(Report other) {
            return when.date().isBefore(other.end()) && other.when.date().isBefore(end());
        }
    }

    private DateConflicts() {
    }

    static List<Conflict> find(List<ArticleFacts> articles, EventKey key, int periodDays) {
        Map<String, List<Report>> byKey = new TreeMap<>();
        for (ArticleFacts f : articles) {
            for (Event e : f.events()) {
                if (e.when().isEmpty()) continue;
                Optional<String> k = key.of(f, e);
                k.ifPresent(s -> byKey.computeIfAbsent(s, x -> new ArrayList<>()).add(new Report(f, e, e.when().get())));
            }
        }
        List<Conflict> out = new ArrayList<>();
        byKey.forEach((subject, reports) -> out.addAll(conflicts(subject, reports, periodDays)));
        return out;
    }

    private static List<Conflict> conflicts(String subject, List<Report> reports, int periodDays) {
        reports.sort(Comparator.comparing((Report r) -> r.facts().article().value()).thenComparing(r -> r.event().evidence()));
        UnionFind linked = new UnionFind(reports.size());
        boolean[] inConflict = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                if (a.facts().article().equals(b.facts().article()) || a.compatible(b) || !near(a, b, periodDays)) continue;
                linked.union(i, j);
                inConflict[i] = true;
                inConflict[j] = true;
            }
        }
        Map<Integer, Sides> groups = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            if (!inConflict[i]) continue;
            Report r = reports.get(i);
            ConflictEvidence evidence = new ConflictEvidence(r.facts().article(), r.facts().outlet(), r.event().evidence(),
                    r.facts().quote(r.event().evidence()), Optional.of(r.when().date()));
            groups.computeIfAbsent(linked.find(i), k -> new Sides()).add(r.when().value(), evidence);
        }
        List<Conflict> out = new ArrayList<>();
        for (Sides sides : groups.values()) out.add(new Conflict(ConflictKind.DATE, subject, sides.sorted()));
        return out;
    }

    private static boolean near(Report a, Report b, int periodDays) {
        Optional<LocalDate> x = a.facts().published();
        Optional<LocalDate> y = b.facts().published();
        return x.isEmpty() || y.isEmpty() || Math.abs(ChronoUnit.DAYS.between(x.get(), y.get())) <= periodDays;
    }
}
