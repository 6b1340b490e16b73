package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.store.ArticleSummary;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley articles}: the stored articles, oldest stored first. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "Lists the stored articles.")
public final class ArticlesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ListingFormat format;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean json = !format.table();
        try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, CliColumns.ARTICLES)) {
            if (!json) out.printf("%-16s  %-11s  %-22s  %6s %6s  %s%n", "ID", "DATE", "OUTLET", "QUOTES", "STANCE", "NAME / TITLE");
            Lookup.each(store::articles, limit, s -> {
                if (json) rows.add(toJson(s));
                else out.printf("%-16s  %-11s  %-22s  %6d %6d  %s%s%n", s.id().value(), Text.date(s.date()),
                        Text.cut(s.outlet(), 22), s.counts().attributions(), s.counts().stances(), s.name(),
                        s.title().isBlank() ? "" : " — " + Text.cut(s.title(), 70));
            });
        }
        return 0;
    }

    static ObjectNode toJson(ArticleSummary s) {
        ObjectNode n = Json.object().put("id", s.id().value()).put("name", s.name()).put("source", s.source())
                .put("outlet", s.outlet()).put("title", s.title());
        Json.put(n, "published", s.published());
        Json.put(n, "date", s.date().date());
        n.put("date_estimated", s.date().estimated()).put("date_basis", s.date().basis());
        n.put("quotes", s.counts().attributions()).put("stances", s.counts().stances())
                .put("entities", s.counts().entities()).put("events", s.counts().events());
        return n;
    }
}
