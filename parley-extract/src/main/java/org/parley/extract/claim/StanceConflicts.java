package org.parley.extract.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.model.Position;
import org.parley.model.Stance;

/**
 * STANCE conflicts: for each (canonical holder, issue), a SUPPORT and an OPPOSE reported by different outlets at
 * most {@code periodDays} apart. Linked statements form one conflict (SUPPORT side, OPPOSE side). Undated statements
 * cannot be placed in a period and are left out, as are MIXED and NEUTRAL ones.
 */
final class StanceConflicts {
    private record Statement(ArticleFacts facts, Stance stance, LocalDate date) {
        ConflictEvidence evidence() {
            return new ConflictEvidence(facts.article(), facts.outlet(), stance.evidence(), facts.quote(stance.evidence()),
                    Optional.of(date));
        }
    }

    private StanceConflicts() {
    }

    static List<Conflict> find(List<ArticleFacts> articles, CanonicalNames names, int periodDays) {
        Map<String, List<Statement>> byHolderIssue = new TreeMap<>();
        for (ArticleFacts f : articles) {
            for (Stance s : f.stances()) {
                if (s.position() != Position.SUPPORT && s.position() != Position.OPPOSE) continue;
                Optional<LocalDate> date = s.date().or(f::published);
                if (date.isEmpty()) continue;
                String holder = names.canonical(f.article(), s.holder().entityKey(), s.holder().name());
                byHolderIssue.computeIfAbsent(holder + " / " + s.issue(), k -> new ArrayList<>())
                        .add(new Statement(f, s, date.get()));
            }
        }
        List<Conflict> out = new ArrayList<>();
        byHolderIssue.forEach((subject, statements) -> out.addAll(conflicts(subject, statements, periodDays)));
        return out;
    }

    private static List<Conflict> conflicts(String subject, List<Statement> statements, int periodDays) {
        statements.sort(Comparator.comparing(Statement::date).thenComparing(s -> s.facts().article().value())
                .thenComparing(s -> s.stance().evidence()));
        UnionFind linked = new UnionFind(statements.size());
        boolean[] inConflict = new boolean[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                if (ChronoUnit.DAYS.between(a.date(), b.date()) > periodDays) break;   // sorted by date
                if (a.stance().position() != b.stance().position() && !a.facts().outletKey().equals(b.facts().outletKey())) {
                    linked.union(i, j);
                    inConflict[i] = true;
                    inConflict[j] = true;
                }
            }
        }
        Map<Integer, Sides> groups = new TreeMap<>();
        for (int i = 0; i < statements.size(); i++) {
            if (!inConflict[i]) continue;
            Statement s = statements.get(i);
            groups.computeIfAbsent(linked.find(i), k -> new Sides()).add(s.stance().position().name(), s.evidence());
        }
        List<Conflict> out = new ArrayList<>();
        // SUPPORT before OPPOSE: enum order of Position
        for (Sides sides : groups.values()) {
            out.add(new Conflict(ConflictKind.STANCE, subject,
                    sides.sorted(Comparator.comparing(side -> Position.valueOf(side.value())))));
        }
        return out;
    }
}
