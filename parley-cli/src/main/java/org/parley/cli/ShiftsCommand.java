package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.extract.stance.Shift;
import org.parley.extract.stance.ShiftDetector;
import org.parley.extract.stance.SourcedStance;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley shifts}: whose position on an issue moved, with both statements. */
@Command(name = "shifts", mixinStandardHelpOptions = true,
        description = {"Lists changes of a holder's stance on an issue: two dated statements that disagree, or a change",
                "the article itself reports (\"has started to shift\", \"appears to have reverted\")."})
public final class ShiftsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--issue", paramLabel = "ID") String issue;

    @Option(names = "--holder", paramLabel = "NAME") String holder;

    @Option(names = "--min-confidence", defaultValue = "" + org.parley.extract.stance.StanceAggregator.DEFAULT_MIN_CONFIDENCE, description = "Ignore statements read with less confidence (default: ${DEFAULT-VALUE}).")
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
        boolean json = !format.table();
        try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, CliColumns.SHIFTS)) {
            StanceData data = new StanceData(store, q);
            var shifts = new ShiftDetector(data.holderKey(), minConfidence).detect(data.stances);
            for (Shift s : shifts) {
                String name = data.name(s.holder(), s.after().stance().holder().name());
                if (json) {
                    ObjectNode n = Json.object().put("holder", name).put("issue", s.issue()).put("to", s.to().label())
                            .put("reported", s.reported());
                    Json.put(n, "from", s.from().map(p -> p.label()));
                    s.before().ifPresent(b -> n.set("before", statement(b, data)));
                    n.set("after", statement(s.after(), data));
                    rows.add(n);
                    continue;
                }
                out.printf("%s on %s: %s -> %s%s%n", name, s.issue(), s.from().map(p -> p.label()).orElse("?"), s.to().label(),
                        s.reported() ? "  (the article reports the change)" : "");
                s.before().ifPresent(b -> out.println("    before: " + line(b, data)));
                out.println("    after:  " + line(s.after(), data));
            }
            if (!json && shifts.isEmpty()) out.println("no shifts found");
        }
        return 0;
    }

    private static String line(SourcedStance s, StanceData data) {
        return s.stance().date().map(Object::toString).orElse("undated") + " " + (s.outlet().isBlank() ? data.articleName(s.article()) : s.outlet())
                + " [" + s.stance().position().label() + "]: " + Text.cut(data.text(s.article(), s.stance().evidence()), 200);
    }

    private static ObjectNode statement(SourcedStance s, StanceData data) {
        ObjectNode n = Json.evidence(data.articleName(s.article()), s.stance().evidence(), data.text(s.article(), s.stance().evidence()))
                .put("outlet", s.outlet()).put("stance", s.stance().position().label());
        Json.put(n, "date", s.stance().date());
        return n;
    }
}
