package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.stance.SourcedStance;
import org.parley.extract.stance.StanceAggregator;
import org.parley.extract.stance.StanceRow;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoredStance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley stances}: who supports, opposes or hedges on an issue, since when, and on what evidence. */
@Command(name = "stances", mixinStandardHelpOptions = true,
        description = {"One row per holder and issue: overall stance, counts per stance, first and last dated evidence,",
                "and the evidence sentences with their outlets."})
public final class StancesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--issue", paramLabel = "ID", description = "Only this issue (its id, e.g. ukraine-nato-membership).")
    String issue;

    @Option(names = "--holder", paramLabel = "NAME", description = "Only this holder (any name or alias), across issues.")
    String holder;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;

    @Option(names = "--half-life", paramLabel = "DAYS", defaultValue = "180",
            description = "Recency weighting of the overall stance: a statement this many days older weighs half (default: ${DEFAULT-VALUE}).")
    double halfLife;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "" + StanceAggregator.DEFAULT_MIN_CONFIDENCE,
            description = "Leave out statements read with less confidence (default: ${DEFAULT-VALUE}; 0 keeps all).")
    double minConfidence;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StanceQuery q = StanceQuery.all();
        if (issue != null) q = q.withIssue(issue);
        if (holder != null) q = q.withHolderName(holder);
        if (from != null || to != null) q = q.between(from, to);
        try (Store store = storeOptions.open()) {
            StanceData data = new StanceData(store, q);
            try (ListingFormat.Rows out2 = format.rows(out, CliColumns.STANCES)) {
                print(out, out2, data, new StanceAggregator(data.holderKey(), halfLife, minConfidence).aggregate(data.stances));
            }
        }
        return 0;
    }

    private void print(PrintWriter out, ListingFormat.Rows asRows, StanceData data, List<StanceRow> all) {
        boolean json = !format.table();
        List<StanceRow> rows = all.stream().sorted(Comparator.comparing(StanceRow::issue).thenComparing(r -> -r.evidence().size())).toList();
        for (StanceRow r : rows) {
            String name = data.name(r.holder(), r.name());
            if (json) {
                asRows.add(toJson(r, name, data));
                continue;
            }
            out.printf("%s  %-8s %s  (%s; %s)%s%n", r.issue(), r.overall().label().toUpperCase(Locale.ROOT), name, counts(r),
                    r.first().map(f -> f + (r.last().filter(l -> !l.equals(f)).map(l -> " to " + l).orElse(""))).orElse("undated"),
                    r.evidence().stream().anyMatch(e -> e.stance().shift()) ? "  reported shift" : "");
            for (SourcedStance e : r.evidence()) {
                Stance s = e.stance();
                out.printf("    %-8s %s %s: %s%n", s.position().label(), s.date().map(LocalDate::toString).orElse("undated"),
                        e.outlet().isBlank() ? e.article().value() : e.outlet(),
                        Text.cut(data.text(e.article(), s.evidence()), 220) + (s.cues().isEmpty() ? "" : "  [" + String.join(", ", s.cues()) + "]")
                        + s.condition().map(c -> "  (" + c.kind().label() + ": " + c.text() + ")").orElse("")
                        + data.stored(e).map(StancesCommand::idAndReview).orElse(""));
            }
        }
        if (!json && rows.isEmpty()) out.println("no stances" + (issue != null ? " on " + issue : "") + (holder != null ? " by " + holder : "")
                + "; 'parley ingest --issues FILE' decides which issues are read");
    }

    /** "  #12", the id 'parley review stance' takes, and what review did: "  #12 confirmed", "  #12 corrected (polarity was oppose)". */
    static String idAndReview(StoredStance s) {
        return "  #" + s.id() + s.review().map(r -> " " + r.summary() + (r.corrected().isEmpty() ? "" : " ("
                + String.join(", ", r.corrected().entrySet().stream().map(c -> c.getKey() + " was "
                        + (c.getValue().isEmpty() ? "none" : c.getValue())).toList()) + ")")).orElse("");
    }

    static String counts(StanceRow r) {
        StringBuilder sb = new StringBuilder();
        for (Position p : Position.values()) {
            int n = r.counts().getOrDefault(p, 0);
            if (n > 0) sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(p.label());
        }
        return sb.toString();
    }

    static ObjectNode toJson(StanceRow r, String name, StanceData data) {
        ObjectNode n = Json.object().put("issue", r.issue()).put("holder", name).put("holder_key", r.holder())
                .put("stance", r.overall().label()).put("confidence", r.confidence());
        ObjectNode counts = n.putObject("counts");
        for (Position p : Position.values()) counts.put(p.label(), r.counts().getOrDefault(p, 0));
        Json.put(n, "first", r.first());
        Json.put(n, "last", r.last());
        ArrayNode ev = n.putArray("evidence");
        for (SourcedStance e : r.evidence()) {
            ObjectNode en = Json.evidence(data.articleName(e.article()), e.stance().evidence(),
                            data.text(e.article(), e.stance().evidence()))
                    .put("article_id", e.article().value()).put("outlet", e.outlet())
                    .put("stance", e.stance().position().label()).put("holder_text", e.stance().holder().surface());
            e.stance().cues().forEach(en.putArray("cues")::add);
            Json.put(en, "date", e.stance().date());
            en.put("confidence", e.stance().confidence());
            Json.condition(en, e.stance());
            e.stance().rules().forEach(en.putArray("rules")::add);
            data.stored(e).ifPresent(st -> {
                en.put("stance_id", st.id());
                Json.review(en, st.review());
            });
            ev.add(en);
        }
        return n;
    }
}
