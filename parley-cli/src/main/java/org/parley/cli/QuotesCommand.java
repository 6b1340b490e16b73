package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.model.Attribution;
import org.parley.store.AttributionQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley quotes}: who said what, with the outlet, date and offsets of every quote. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Lists quotes and reported speech with their speakers, outlets and offsets.",
                "Reported beliefs and reports (\"officials believe\", \"a poll shows\") are included; --kind speech keeps speech alone."})
public final class QuotesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    QuoteFilter filter;

    @Mixin
    ListingFormat format;

    @Option(names = "--limit", defaultValue = "100000", description = "At most this many.")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int[] count = {0};
        boolean json = !format.table();
        try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, CliColumns.QUOTES)) {
            AttributionQuery q = filter.query(store);
            Lookup.each(p -> store.attributions(q, p), limit, sa -> {
                count[0]++;
                if (json) {
                    rows.add(Json.quote(sa, false));
                    return;
                }
                Attribution a = sa.attribution();
                String who = Text.speaker(sa);
                String marks = a.direct() ? "“" + a.text() + "”" : a.text();
                out.printf("%s  %s [%s %s]%n    %s%n    — %s, %s@%d-%d%s  #%d%s%n", sa.article().date().map(Object::toString).orElse("undated"),
                        who, a.kind().name().toLowerCase(Locale.ROOT), a.cueText().isBlank() ? "" : "'" + a.cueText() + "'",
                        Text.cut(marks, 400), sa.article().outlet().isBlank() ? "unknown outlet" : sa.article().outlet(),
                        sa.article().name(), a.content().start(), a.content().end(),
                        a.direct() ? "" : " (reported)", sa.id(), sa.review().map(r -> " " + r.summary()
                                + (r.corrected().containsKey("speaker") ? " (speaker was " + r.corrected().get("speaker") + ")" : ""))
                                .orElse(""));
            });
        }
        if (!json) out.printf("%d quote(s)%n", count[0]);
        return 0;
    }
}
