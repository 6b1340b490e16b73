package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.model.Speaker;
import org.parley.store.ArticleSummary;
import org.parley.store.Page;
import org.parley.store.Store;
import org.parley.store.StoredAttribution;
import org.parley.store.search.SearchHit;
import org.parley.store.search.SearchQuery;
import org.parley.store.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley search}: the full-text index from the command line, the same search as {@code /api/search}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over articles and quotes, best first, each hit with its snippet ([matches] in brackets).",
                "Lucene syntax: \"a phrase\", OR, -word, prefix*; words are matched by their stem (talks finds talk)."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The words to find (joined by spaces).")
    java.util.List<String> words;

    @Option(names = "--scope", paramLabel = "all|articles|quotes", defaultValue = "all", description = "What to search (default: all).")
    String scope;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker (any name or alias).")
    String speaker;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only from this outlet.")
    String outlet;

    @Mixin
    DateWindow window;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: 20).")
    int limit;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchQuery.Scope in;
        try {
            in = SearchQuery.Scope.named(scope);
        } catch (IllegalArgumentException e) {
            throw new UserException("--" + e.getMessage(), e);
        }
        SearchQuery q = SearchQuery.of(String.join(" ", words)).in(in);
        if (speaker != null) q = q.bySpeakerName(speaker).in(SearchQuery.Scope.ATTRIBUTIONS);
        if (outlet != null) q = q.inOutlet(outlet);
        q = q.between(window.from().orElse(null), window.to().orElse(null));
        if (limit < 1) throw new UserException("--limit must be at least 1, not " + limit);
        boolean json = !format.table();
        try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, CliColumns.SEARCH)) {
            SearchResult r;
            try {
                r = store.search(q, Page.first(Math.min(limit, Page.MAX_LIMIT)));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
            for (SearchHit h : r.hits()) {
                Optional<ArticleSummary> article = store.summary(h.article());
                Optional<StoredAttribution> quote = h.attribution().isPresent()
                        ? store.attribution(h.attribution().getAsLong()) : Optional.empty();
                if (json) rows.add(json(h, article, quote));
                else print(out, h, article, quote);
            }
            if (!json) {
                out.printf("%d of %d hit(s)%s%n", r.hits().size(), r.total(),
                        r.total() > r.hits().size() ? " (--limit shows more)" : "");
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, SearchHit h, Optional<ArticleSummary> article, Optional<StoredAttribution> quote) {
        String where = article.map(a -> Text.date(a.date()) + "  " + (a.outlet().isBlank() ? "" : a.outlet() + "  ") + a.name())
                .orElse(h.article().value());
        String what = quote.map(q -> "quote by " + Text.speaker(q) + " @" + q.attribution().content().start() + "-"
                + q.attribution().content().end()).orElse("article");
        out.printf("%.2f  %s  (%s)%n    %s%n", h.score(), where, what, Text.cut(h.snippet().render("[", "]"), 600));
    }

    private static ObjectNode json(SearchHit h, Optional<ArticleSummary> article, Optional<StoredAttribution> quote) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("kind", h.kind() == SearchHit.Kind.ARTICLE ? "article" : "quote");
        n.put("article", article.map(ArticleSummary::name).orElse(h.article().value()));
        n.put("article_id", h.article().value());
        n.put("score", h.score());
        n.put("snippet", h.snippet().text());
        var marks = n.putArray("marks");
        h.snippet().marks().forEach(m -> marks.addObject().put("start", m.start()).put("end", m.end()));
        quote.ifPresent(q -> {
            n.put("quote_id", q.id());
            n.put("start", q.attribution().content().start());
            n.put("end", q.attribution().content().end());
            n.put("speaker", q.attribution().speaker() instanceof Speaker.Known ? Text.speaker(q) : null);
        });
        return n;
    }
}
