package org.parley.extract.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.When;

/**
 * DATE conflicts: reports of one happening by different outlets whose dates cannot both be right.
 *
 * <ol>
 *   <li>Only dates the text gives are compared: an estimated date (the article's own date standing in for one the
 *       text does not give) says nothing about when the event took place.</li>
 *   <li>Only reports of the same status are compared, and only events that happened or are planned: a planned,
 *       threatened or denied event is never the one that happened, and the date of a threat or a denial is not a
 *       date the event took place.</li>
 *   <li>Reports are matched first, whatever their dates: a report joins the first group in which every report is
 *       the same happening ({@link EventIdentity#sameHappening}), so one vague report cannot chain different events
 *       together.</li>
 *   <li>In a group, two reports conflict when they come from different outlets; their articles appeared at most
 *       {@code periodDays} apart (either undated: compared); their periods (a day, a week, a month or a year from
 *       {@link When#date()}) do not overlap ("2024-05" and "2024-05-02" are compatible); neither article also gives
 *       the other's date to the event (then the two agree, and the other date is of another mention or happening);
 *       and, for events that happened, each article appeared after the other's date (give or take a day): an
 *       article of May 2 cannot be telling of a call on May 9, so that is another call.</li>
 *   <li>Linked conflicting reports form one conflict with one side per date value; its subject is the kind and the
 *       participants every one of its reports names.</li>
 * </ol>
 */
final class DateConflicts {
    private static final int TIME_ZONE_SLACK_DAYS = 1;

    private record Report(ArticleFacts facts, Event event, When when, EventIdentity identity) {
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

        /** Whether this report's article could tell of a happening on the other's date: it did not appear before it. */
        boolean couldTellOf(Report other) {
            if (event.status() != EventStatus.HAPPENED || facts.published().isEmpty()) return true;
            return !facts.published().get().plusDays(TIME_ZONE_SLACK_DAYS).isBefore(other.when.date());
        }
    }

    private DateConflicts() {
    }

    static List<Conflict> find(List<ArticleFacts> articles, CanonicalNames names, int periodDays) {
        List<Report> reports = new ArrayList<>();
        for (ArticleFacts f : articles) {
            for (Event e : f.events()) {
                if (e.when().isEmpty() || e.estimated() || !comparable(e.status())) continue;
                EventIdentity.of(f, e, names).ifPresent(id -> reports.add(new Report(f, e, e.when().get(), id)));
            }
        }
        reports.sort(Comparator.comparing((Report r) -> r.facts().article().value()).thenComparing(r -> r.event().evidence())
                .thenComparing(r -> r.event().trigger()));
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : reports) {
            List<Report> home = null;
            for (List<Report> g : groups) {
                if (g.stream().allMatch(m -> same(m, r))) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(r);
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Report> g : groups) out.addAll(conflicts(g, periodDays));
        out.sort(Comparator.comparing(Conflict::subject).thenComparing(c -> c.sides().get(0).value()));
        return out;
    }

    private static boolean comparable(EventStatus status) {
        return status == EventStatus.HAPPENED || status == EventStatus.PLANNED;
    }

    private static boolean same(Report a, Report b) {
        return a.event().status() == b.event().status() && a.identity().sameHappening(b.identity());
    }

    private static List<Conflict> conflicts(List<Report> reports, int periodDays) {
        UnionFind linked = new UnionFind(reports.size());
        boolean[] inConflict = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                if (a.facts().outletKey().equals(b.facts().outletKey()) || a.compatible(b) || !near(a, b, periodDays)
                        || !a.couldTellOf(b) || !b.couldTellOf(a) || agreesElsewhere(reports, a, b) || agreesElsewhere(reports, b, a)) {
                    continue;
                }
                linked.union(i, j);
                inConflict[i] = true;
                inConflict[j] = true;
            }
        }
        Map<Integer, Sides> sides = new TreeMap<>();
        Map<Integer, SortedSet<String>> named = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            if (!inConflict[i]) continue;
            Report r = reports.get(i);
            ConflictEvidence evidence = new ConflictEvidence(r.facts().article(), r.facts().outlet(), r.event().evidence(),
                    r.facts().quote(r.event().evidence()), Optional.of(r.when().date()));
            int root = linked.find(i);
            sides.computeIfAbsent(root, k -> new Sides()).add(r.when().value(), evidence);
            named.computeIfAbsent(root, k -> new TreeSet<>(r.identity().participants())).retainAll(r.identity().participants());
        }
        List<Conflict> out = new ArrayList<>();
        sides.forEach((root, s) -> {
            String kind = reports.get(root).identity().kind();
            out.add(new Conflict(ConflictKind.DATE, kind + ": " + String.join(" + ", named.get(root)), s.sorted()));
        });
        return out;
    }

    /** Whether {@code a}'s article has another report of the happening whose date fits {@code b}'s. */
    private static boolean agreesElsewhere(List<Report> group, Report a, Report b) {
        for (Report other : group) {
            if (other != a && other.facts().article().equals(a.facts().article()) && other.compatible(b)) return true;
        }
        return false;
    }

    private static boolean near(Report a, Report b, int periodDays) {
        Optional<LocalDate> x = a.facts().published();
        Optional<LocalDate> y = b.facts().published();
        return x.isEmpty() || y.isEmpty() || Math.abs(ChronoUnit.DAYS.between(x.get(), y.get())) <= periodDays;
    }
}
