package org.parley.extract.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What changed on an issue since a date, read off its map (so the briefing and the map never disagree): parties
 * whose first counted statement is on or after it (new positions), lane segments that begin on or after it (shifts),
 * statements on or after it that report a change themselves, and conditions first stated on or after it. Each with
 * the statement that shows it. Oldest first within an issue.
 */
public final class Changes {
    private Changes() {
    }

    public static List<Change> since(IssueMap map, LocalDate since) {
        List<Change> out = new ArrayList<>();
        for (PartyPosition p : map.parties()) {
            List<Segment> segments = p.segments();
            Segment first = segments.get(0);
            if (!first.from().isBefore(since)) {
                out.add(new Change(map.issue(), map.name(), first.from(), Change.Kind.NEW_POSITION, p.party(), Optional.empty(),
                        first.position(), Optional.empty(), first.statements().get(0)));
            }
            for (int i = 1; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (s.from().isBefore(since)) continue;
                out.add(new Change(map.issue(), map.name(), s.from(), Change.Kind.SHIFT, p.party(),
                        Optional.of(segments.get(i - 1).position()), s.position(), Optional.empty(), s.statements().get(0)));
            }
            for (Segment s : segments) {
                for (Statement st : s.statements()) {
                    if (st.stance().shift() && !st.date().get().isBefore(since)) {
                        out.add(new Change(map.issue(), map.name(), st.date().get(), Change.Kind.REPORTED_SHIFT, p.party(),
                                Optional.empty(), st.position(), Optional.empty(), st));
                    }
                }
            }
            for (ConditionNote c : p.conditions()) {
                if (c.first().isBefore(since)) continue;
                out.add(new Change(map.issue(), map.name(), c.first(), Change.Kind.NEW_CONDITION, p.party(), Optional.empty(),
                        c.latest().position(), Optional.of(c), c.latest()));
            }
        }
        out.sort(Comparator.comparing(Change::date).thenComparing(c -> c.party().name()).thenComparing(Change::kind));
        return out;
    }
}
