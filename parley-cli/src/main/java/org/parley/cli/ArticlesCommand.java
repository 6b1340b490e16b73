package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.extract.Extraction;
import org.parley.extract.StageVersions;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.store.ArticleSummary;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley articles}: the stored articles, oldest stored first, each flagged stale when the stage versions it
 * was extracted with differ from this build's ({@code parley reanalyze} extracts it again).
 */
@Command(name = "articles", mixinStandardHelpOptions = true, description = {"Lists the stored articles.",
        "STALE marks articles extracted by other stage versions (code, lexicon content; with --issues, the issue set):",
        "'parley reanalyze' extracts them again."})
public final class ArticlesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ListingFormat format;

    @Mixin
    IssuesOption issues;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean json = !format.table();
        // Without --issues the set the articles were read on is unknown, so only code and lexicons are compared.
        String running = Extraction.standard(new StanceExtractor(issues.catalog().issues(), StanceLexicon.bundled())).version();
        boolean withIssues = issues.given();
        try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, CliColumns.ARTICLES)) {
            if (!json) out.printf("%-16s  %-11s  %-22s  %6s %6s  %-5s  %s%n", "ID", "DATE", "OUTLET", "QUOTES", "STANCE",
                    "STALE", "NAME / TITLE");
            Lookup.each(store::articles, limit, s -> {
                boolean stale = !StageVersions.current(s.analyzerVersion(), running, withIssues);
                if (json) rows.add(toJson(s, stale));
                else out.printf("%-16s  %-11s  %-22s  %6d %6d  %-5s  %s%s%n", s.id().value(), Text.date(s.date()),
                        Text.cut(s.outlet(), 22), s.counts().attributions(), s.counts().stances(), stale ? "yes" : "", s.name(),
                        s.title().isBlank() ? "" : " — " + Text.cut(s.title(), 70));
            });
        }
        return 0;
    }

    static ObjectNode toJson(ArticleSummary s, boolean stale) {
        ObjectNode n = Json.object().put("id", s.id().value()).put("name", s.name()).put("source", s.source())
                .put("outlet", s.outlet()).put("title", s.title());
        Json.put(n, "published", s.published());
        Json.put(n, "date", s.date().date());
        n.put("date_estimated", s.date().estimated()).put("date_basis", s.date().basis());
        n.put("quotes", s.counts().attributions()).put("stances", s.counts().stances())
                .put("entities", s.counts().entities()).put("events", s.counts().events());
        n.put("stale", stale).put("analyzer_version", s.analyzerVersion());
        return n;
    }
}
