package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.claim.Conflict;
import org.parley.extract.claim.ConflictEvidence;
import org.parley.extract.claim.ConflictKind;
import org.parley.extract.claim.ConflictSide;
import org.parley.extract.claim.ContradictionFinder;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley conflicts}: where outlets contradict each other, every side with its evidence. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Contradictions across articles, never resolved: STANCE (one holder, one issue, support and oppose",
                "from different outlets within 14 days), SPEAKER (one quote given to different speakers), DATE (one event",
                "given incompatible dates). Each side lists its evidence: article, outlet, offsets and text."})
public final class ConflictsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    ConflictKind kind;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AcrossOutlets data;
        List<Conflict> conflicts;
        try (Store store = storeOptions.open()) {
            data = AcrossOutlets.load(store, true);
            conflicts = ContradictionFinder.defaults().find(data.facts, data.names);
        }
        int shown = 0;
        boolean json = !format.table();
        ListingFormat.Rows rows = format.rows(out, CliColumns.CONFLICTS);
        for (Conflict c : conflicts) {
            if (kind != null && c.kind() != kind) continue;
            shown++;
            if (json) {
                rows.add(toJson(c, data));
                continue;
            }
            out.printf("%s  %s%n", c.kind(), Text.cut(c.subject(), 160));
            for (ConflictSide side : c.sides()) {
                out.printf("    %s (%d report(s))%n", side.value(), side.evidence().size());
                for (ConflictEvidence e : side.evidence()) {
                    out.printf(Locale.ROOT, "      %s %-18s %s %s: %s%n", e.date().map(LocalDate::toString).orElse("undated   "),
                            e.outlet().isBlank() ? "-" : e.outlet(), data.name(e.article()), e.span(), Text.cut(e.text(), 160));
                }
            }
        }
        rows.close();
        if (!json && shown == 0) out.println("no conflicts" + (kind != null ? " of kind " + kind : "") + " among the stored articles");
        out.flush();
        return 0;
    }

    static ObjectNode toJson(Conflict c, AcrossOutlets data) {
        ObjectNode n = Json.object().put("kind", c.kind().name().toLowerCase(Locale.ROOT)).put("subject", c.subject());
        ArrayNode sides = n.putArray("sides");
        for (ConflictSide side : c.sides()) {
            ObjectNode s = Json.object().put("value", side.value());
            ArrayNode ev = s.putArray("evidence");
            for (ConflictEvidence e : side.evidence()) {
                ObjectNode en = Json.evidence(data.name(e.article()), e.span(), e.text()).put("article_id", e.article().value())
                        .put("outlet", e.outlet());
                Json.put(en, "date", e.date());
                ev.add(en);
            }
            sides.add(s);
        }
        return n;
    }
}
