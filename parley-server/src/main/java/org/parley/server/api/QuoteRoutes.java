package org.parley.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.parley.model.AttributionKind;
import org.parley.server.csv.ApiColumns;
import org.parley.store.AttributionQuery;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StoredAttribution;

/**
 * {@code GET /api/quotes}: quotes and reported speech, filtered; from the snapshot when it is fresh, else from the
 * store (same answer, see {@link QuoteListing}).
 */
public final class QuoteRoutes {
    static final List<String> PARAMS = List.of("speaker", "speaker_name", "article", "issue", "from", "to", "text",
            "kind", "direct", "limit", "cursor");

    private QuoteRoutes() {
    }

    public static void register(RouteTable routes, StoreView view) {
        routes.listing("/api/quotes", PARAMS, ApiColumns.QUOTES, ctx -> {
            AttributionQuery q = query(ctx, view);
            Page p = Params.page(ctx);
            Optional<StoreView.Snapshot> snapshot = view.fresh();
            if (snapshot.isPresent()) {
                snapshot.get().quoteListing().answer(ctx, q, p);
                return;
            }
            Paged<StoredAttribution> page = view.store().attributions(q, p);
            ctx.json(new Dto.PageOf<>(page.items().stream().map(DtoMapper::quote).toList(), page.next().orElse(null)));
        });
    }

    static AttributionQuery query(Context ctx, StoreView view) {
        AttributionQuery q = AttributionQuery.all();
        // A person key from the UI (an entity id, or name:<name>), or any name or alias, as the CLI's --speaker.
        Optional<String> speaker = Params.text(ctx, "speaker");
        if (speaker.isPresent()) q = Keys.speaker(q, view, speaker.get());
        Optional<String> name = Params.text(ctx, "speaker_name");
        if (name.isPresent()) q = q.withSpeakerName(name.get());
        Optional<String> article = Params.text(ctx, "article");
        if (article.isPresent()) q = q.withArticle(Keys.articleFilter(view, article.get()));
        Optional<String> issue = Params.text(ctx, "issue");
        if (issue.isPresent()) q = q.withIssue(issue.get());
        Params.DateRange range = Params.range(ctx);
        q = q.between(range.fromOrNull(), range.toOrNull());
        Optional<String> text = Params.text(ctx, "text");
        if (text.isPresent()) q = q.withTextContaining(text.get());
        Optional<AttributionKind> kind = Params.enumValue(ctx, "kind", AttributionKind.class);
        if (kind.isPresent()) q = q.withKind(kind.get());
        if (Params.bool(ctx, "direct")) q = q.onlyDirect();
        return q;
    }
}
