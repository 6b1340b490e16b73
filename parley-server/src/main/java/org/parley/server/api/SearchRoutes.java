package org.parley.server.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.parley.model.EntityId;
import org.parley.server.csv.ApiColumns;
import org.parley.store.ArticleSummary;
import org.parley.store.Page;
import org.parley.store.StoredAttribution;
import org.parley.store.search.SearchHit;
import org.parley.store.search.SearchLimits;
import org.parley.store.search.SearchQuery;
import org.parley.store.search.SearchResult;

/**
 * {@code GET /api/search}: full text over articles and quotes, Lucene syntax ({@code "a phrase"}, {@code OR},
 * {@code -word}, {@code prefix*}); matches come back as offsets into the snippet, never as markup.
 */
public final class SearchRoutes {
    private SearchRoutes() {
    }

    /** @param limits what syntax and time a query may use (see {@link SearchLimits}) */
    public static void register(RouteTable routes, StoreView view, SearchLimits limits) {
        // How many searches may run at once: as many as there are cores by default, the rest wait their turn
        // (-Dparley.search.concurrency=N changes it). Measured with 50 clients on 2 idle cores (LoadMain, warm):
        // bounded, quotes and stances keep a p99 of 2-4 ms and searches queue to 33-36 ms at 5,800-6,900 requests/s;
        // unbounded, all three share the CPU and end at 44-61 ms p99, at 3,700 requests/s.
        int limit = Integer.getInteger("parley.search.concurrency", Runtime.getRuntime().availableProcessors());
        Semaphore running = new Semaphore(Math.max(1, limit), true);
        routes.listing("/api/search", List.of("q", "speaker", "speaker_id", "outlet", "from", "to", "scope", "limit", "cursor"), ApiColumns.SEARCH, ctx -> {
            String text = Params.text(ctx, "q").orElseThrow(() -> ApiException.badRequest(
                    "q is missing: give the words to search for, e.g. ?q=\"peace talks\""));
            SearchQuery q = SearchQuery.of(text);
            Optional<String> scope = Params.text(ctx, "scope");
            if (scope.isPresent()) {
                try {
                    q = q.in(SearchQuery.Scope.named(scope.get()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest(e.getMessage());
                }
            }
            Optional<String> speaker = Params.text(ctx, "speaker");
            if (speaker.isPresent()) q = q.bySpeakerName(speaker.get());
            Optional<String> speakerId = Params.text(ctx, "speaker_id");
            if (speakerId.isPresent()) q = q.bySpeaker(new EntityId(speakerId.get()));
            Optional<String> outlet = Params.text(ctx, "outlet");
            if (outlet.isPresent()) q = q.inOutlet(outlet.get());
            Params.DateRange range = Params.range(ctx);
            q = q.between(range.fromOrNull(), range.toOrNull());
            Page page = Params.page(ctx);
            SearchResult result;
            running.acquire();
            try {
                result = view.store().search(q, page, limits);
            } finally {
                running.release();
            }
            StoreView.Snapshot snapshot = view.snapshot();
            List<Dto.Hit> hits = result.hits().stream().map(h -> hit(h, snapshot)).toList();
            ctx.json(new Dto.SearchPage(hits, result.total(), result.next().orElse(null)));
        });
    }

    private static Dto.Hit hit(SearchHit h, StoreView.Snapshot snapshot) {
        ArticleSummary summary = snapshot.articlesById().get(h.article());
        Dto.Ref ref = summary != null ? DtoMapper.ref(summary) : new Dto.Ref(h.article().value(), null, null, null, null);
        List<Dto.Range> marks = h.snippet().marks().stream().map(m -> new Dto.Range(m.start(), m.end())).toList();
        Long quoteId = h.attribution().isPresent() ? h.attribution().getAsLong() : null;
        StoredAttribution quote = quoteId == null ? null : snapshot.quotesById().get(quoteId);
        Dto.Range evidence = quote == null ? null
                : new Dto.Range(quote.attribution().content().start(), quote.attribution().content().end());
        Dto.Who speaker = quote == null ? null : DtoMapper.speaker(quote.attribution().speaker(), quote.speaker());
        return new Dto.Hit(h.kind() == SearchHit.Kind.ARTICLE ? "article" : "quote", ref, quoteId, h.score(),
                h.snippet().text(), marks, evidence, speaker);
    }
}
