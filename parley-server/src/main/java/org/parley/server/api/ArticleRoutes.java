package org.parley.server.api;

import java.util.List;
import org.parley.model.ArticleId;
import org.parley.server.csv.ApiColumns;
import org.parley.store.ArticleSummary;
import org.parley.store.Paged;

/** {@code GET /api/articles} and {@code GET /api/articles/{id}}. */
public final class ArticleRoutes {
    private ArticleRoutes() {
    }

    public static void register(RouteTable routes, StoreView view) {
        routes.listing("/api/articles", List.of("limit", "cursor"), ApiColumns.ARTICLES, ctx -> {
            Paged<ArticleSummary> page = view.store().articles(Params.page(ctx));
            ctx.json(new Dto.PageOf<>(page.items().stream().map(DtoMapper::item).toList(), page.next().orElse(null)));
        });
        routes.get("/api/articles/{id}", List.of(), ctx -> {
            // An id, a name (the file name or JSONL id) or a unique prefix, as 'parley show' takes.
            ArticleId id = Keys.article(view, ctx.pathParam("id"));
            ctx.json(view.store().article(id).map(DtoMapper::article)
                    .orElseThrow(() -> ApiException.notFound("no article with id " + id + "; list them at /api/articles")));
        });
    }
}
