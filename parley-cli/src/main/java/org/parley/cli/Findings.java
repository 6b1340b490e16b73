package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.stance.StanceAggregator;
import org.parley.extract.stance.StanceRow;
import org.parley.model.EntityType;
import org.parley.model.Issue;
import org.parley.store.AttributionQuery;
import org.parley.store.EntityQuery;
import org.parley.store.EntitySummary;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoreCounts;

/** What the store holds, in a screenful: printed after an ingest so a user sees at once what Parley found. */
final class Findings {
    private final Store store;
    private final IssueCatalog catalog;

    Findings(Store store, IssueCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    void print(PrintWriter out) {
        StoreCounts c = store.counts();
        out.printf(Locale.ROOT, "%nThe store now holds %d article(s), %d entities, %d quote(s) and reported statement(s), %d stance(s), %d event(s).%n",
                c.articles(), c.entities(), c.attributions(), c.stances(), c.events());

        List<EntitySummary> people = new ArrayList<>();
        Lookup.each(p -> store.entities(EntityQuery.all().withType(EntityType.PERSON), p), 100_000, people::add);
        people.sort(Comparator.comparingInt(EntitySummary::mentions).reversed());
        out.println("\nMost mentioned people:");
        for (EntitySummary s : people.subList(0, Math.min(8, people.size()))) {
            out.printf("  %-26s %3d mention(s) in %d article(s)%s%n", s.entity().name(), s.mentions(), s.articles(),
                    s.entity().roles().isEmpty() ? "" : "  — " + Text.cut(String.join(", ", s.entity().roles()), 60));
        }

        Map<String, Integer> bySpeaker = new HashMap<>();
        Lookup.each(p -> store.attributions(AttributionQuery.all(), p), Integer.MAX_VALUE,
                q -> q.speaker().ifPresent(s -> bySpeaker.merge(s.name(), 1, Integer::sum)));
        out.println("\nMost quoted:");
        bySpeaker.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.printf("  %-26s %3d statement(s)%n", e.getKey(), e.getValue()));

        out.println("\nStances (parley stances --issue ID for the evidence):");
        boolean any = false;
        for (Issue issue : catalog.issues()) {
            StanceData data = new StanceData(store, StanceQuery.all().withIssue(issue.id()));
            List<StanceRow> rows = new StanceAggregator(data.holderKey(), 180).aggregate(data.stances);
            if (rows.isEmpty()) continue;
            any = true;
            out.printf("  %s (%s)%n", issue.name(), issue.id());
            rows.stream().sorted(Comparator.comparingInt((StanceRow r) -> -r.evidence().size())).limit(8).forEach(r ->
                    out.printf("    %-8s %-26s %s%n", r.overall().label(), data.name(r.holder(), r.name()), StancesCommand.counts(r)));
        }
        if (!any) out.println("  none on the issues in " + catalog.source());
    }
}
