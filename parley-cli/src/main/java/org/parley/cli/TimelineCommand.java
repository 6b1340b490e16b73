package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.extract.event.ReportedEvent;
import org.parley.extract.event.TimelineBuilder;
import org.parley.extract.event.TimelineEntry;
import org.parley.model.ArticleId;
import org.parley.model.EventStatus;
import org.parley.store.EntityRef;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley timeline}: the story's dated events in order, the same event from several outlets merged. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Lists dated events (meetings, calls, summits, visits, invasions, agreements, statements) in date order, "
                + "each with its status: happened, planned, threatened (or hypothetical) or denied.",
                "Reports from several articles merge only when they are the same event: same kind and status, "
                + "dates compatible at their granularity, overlapping participants."})
public final class TimelineCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;

    @Option(names = "--undated", description = "Also list events the articles give no date for.") boolean undated;

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only events with these statuses: happened, planned, threatened, denied (comma-separated; default all).")
    List<String> statuses;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Set<EventStatus> wanted = EnumSet.allOf(EventStatus.class);
        if (statuses != null && !statuses.isEmpty()) {
            wanted.clear();
            for (String st : statuses) {
                try {
                    wanted.add(EventStatus.parse(st));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--status: " + e.getMessage());
                }
            }
        }
        List<ReportedEvent> reported = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<ArticleId, String> articleNames = new HashMap<>();
        try (Store store = storeOptions.open()) {
            EventQuery q = EventQuery.all().between(from, to);
            Lookup.each(p -> store.events(q, p), Integer.MAX_VALUE, e -> {
                if (e.event().when().isEmpty() && !undated || !wanted.contains(e.event().status())) return;
                // Participants as resolved across articles, so two outlets' reports of one meeting can merge.
                List<String> keys = e.event().participants();
                Map<String, String> canonical = new HashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    String k = keys.get(i);
                    if (i < e.participants().size()) {
                        EntityRef ref = e.participants().get(i);
                        canonical.put(k, ref.id().value());
                        names.put(ref.id().value(), ref.name());
                    }
                }
                articleNames.put(e.article().id(), e.article().name());
                reported.add(ReportedEvent.of(e.article().id(), e.article().outlet(), e.event(), k -> canonical.getOrDefault(k, k)));
            });
        }
        List<TimelineEntry> entries = new TimelineBuilder().build(reported);
        boolean json = !format.table();
        ListingFormat.Rows rows = format.rows(out, CliColumns.TIMELINE);
        for (TimelineEntry t : entries) {
            String who = t.participants().stream().map(p -> names.getOrDefault(p, p)).sorted().collect(Collectors.joining(", "));
            String when = t.when().map(w -> w.value() + " (" + w.granularity().name().toLowerCase(Locale.ROOT)
                    + (t.estimated() ? ", est." : "") + ")").orElse("undated");
            if (json) {
                ObjectNode n = Json.object().put("kind", t.kind()).put("status", t.status().label())
                        .put("date", t.when().map(w -> w.date().toString()).orElse(null))
                        .put("granularity", t.when().map(w -> w.granularity().name().toLowerCase(Locale.ROOT)).orElse(null))
                        .put("date_estimated", t.estimated()).put("outlets", t.outlets());
                ArrayNode ps = n.putArray("participants");
                t.participants().forEach(p -> ps.add(names.getOrDefault(p, p)));
                ArrayNode src = n.putArray("sources");
                for (ReportedEvent r : t.sources()) {
                    src.add(Json.evidence(articleNames.get(r.article()), r.event().trigger(), r.event().triggerText()).put("outlet", r.outlet()));
                }
                rows.add(n);
                continue;
            }
            out.printf("%-29s %-10s %-10s %s%s  [%d source(s)]%n", when, t.status().label(), t.kind(), t.sources().get(0).event().triggerText(),
                    who.isEmpty() ? "" : " — " + who, t.sources().size());
        }
        rows.close();
        if (!json && entries.isEmpty()) out.println("no dated events" + (from != null || to != null ? " in that period" : ""));
        return 0;
    }
}
