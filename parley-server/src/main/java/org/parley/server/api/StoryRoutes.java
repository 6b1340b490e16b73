package org.parley.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.model.ArticleId;
import org.parley.server.csv.ApiColumns;
import org.parley.server.outlet.OutletConflict;
import org.parley.server.outlet.OutletViews;
import org.parley.store.Page;

/**
 * Across outlets: stories ({@code /api/stories}, {@code /api/stories/{id}}), claims carried by several articles
 * ({@code /api/claims}), contradictions ({@code /api/conflicts}, {@code /api/conflicts/{id}}) and the marks that badge quotes and stances
 * ({@code /api/marks}). All of it is computed once per snapshot ({@link OutletIndex}, kept by {@link OutletCache}) and only filtered here.
 */
public final class StoryRoutes {
    private StoryRoutes() {
    }

    public static void register(RouteTable routes, StoreView view, OutletViews outlets) {
        OutletCache cache = new OutletCache(view, outlets);
        Function<Context, OutletIndex> index = ctx -> cache.get();
        routes.listing("/api/stories", List.of("min_articles", "limit", "cursor"), ApiColumns.STORIES, ctx -> {
            int min = minArticles(ctx);
            ctx.json(page(index.apply(ctx).stories.stream().filter(s -> s.articleCount() >= min).toList(),
                    StoryDto.Story::id, Params.page(ctx), "/api/stories"));
        });
        routes.get("/api/stories/{id}", List.of(), ctx -> {
            String id = ctx.pathParam("id");
            ctx.json(index.apply(ctx).detail(id)
                    .orElseThrow(() -> ApiException.notFound("no story with id " + id + "; list them at /api/stories")));
        });
        routes.listing("/api/claims", List.of("corroborated", "speaker", "story", "article", "limit", "cursor"), ApiColumns.CLAIMS, ctx -> {
            OutletIndex x = index.apply(ctx);
            Predicate<StoryDto.Claim> keep = c -> true;
            if (Params.bool(ctx, "corroborated")) keep = keep.and(StoryDto.Claim::corroborated);
            Optional<String> speaker = Params.text(ctx, "speaker");
            if (speaker.isPresent()) {
                Set<String> keys = Keys.personKeys(view, speaker.get());
                keep = keep.and(c -> x.claimSpeakers.get(c.id()).stream().anyMatch(keys::contains));
            }
            Optional<String> story = Params.text(ctx, "story");
            if (story.isPresent()) keep = keep.and(c -> c.stories().contains(story.get()));
            Optional<ArticleId> article = Params.text(ctx, "article").map(a -> Keys.articleFilter(view, a));
            if (article.isPresent()) keep = keep.and(c -> x.claimArticles.get(c.id()).contains(article.get()));
            ctx.json(page(x.claims.stream().filter(keep).toList(), StoryDto.Claim::id, Params.page(ctx), "/api/claims"));
        });
        routes.listing("/api/conflicts", List.of("kind", "story", "article", "limit", "cursor"), ApiColumns.CONFLICTS, ctx -> {
            OutletIndex x = index.apply(ctx);
            Predicate<StoryDto.Conflict> keep = c -> true;
            Optional<OutletConflict.Kind> kind = Params.enumValue(ctx, "kind", OutletConflict.Kind.class);
            if (kind.isPresent()) keep = keep.and(c -> c.kind().equals(DtoMapper.lower(kind.get())));
            Optional<String> story = Params.text(ctx, "story");
            if (story.isPresent()) keep = keep.and(c -> c.stories().contains(story.get()));
            Optional<ArticleId> article = Params.text(ctx, "article").map(a -> Keys.articleFilter(view, a));
            if (article.isPresent()) keep = keep.and(c -> x.conflictArticles.get(c.id()).contains(article.get()));
            ctx.json(page(x.conflicts.stream().filter(keep).toList(), StoryDto.Conflict::id, Params.page(ctx), "/api/conflicts"));
        });
        routes.get("/api/conflicts/{id}", List.of(), ctx -> {
            String id = ctx.pathParam("id");
            ctx.json(index.apply(ctx).conflicts.stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("no conflict with id " + id + " (ids change when the reports "
                            + "behind a conflict do); list them at /api/conflicts")));
        });
        routes.get("/api/marks", List.of("article"), ctx -> {
            Optional<String> article = Params.text(ctx, "article");
            List<StoryDto.Mark> all = index.apply(ctx).marks;
            ctx.json(new Dto.PageOf<>(article.map(a -> all.stream().filter(m -> m.article().equals(a)).toList()).orElse(all), null));
        });
    }

    private static int minArticles(Context ctx) {
        Optional<String> raw = Params.text(ctx, "min_articles");
        if (raw.isEmpty()) return 1;
        try {
            int n = Integer.parseInt(raw.get());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw ApiException.badRequest("min_articles '%s' is not a whole number of at least 1".formatted(raw.get()));
    }

    /** A page of {@code items} after the item whose id is the cursor; the cursor is the last item's id. */
    static <T> Dto.PageOf<T> page(List<T> items, Function<T, String> id, Page page, String path) {
        int from = 0;
        if (page.cursor().isPresent()) {
            String after = page.cursor().get();
            int at = -1;
            for (int i = 0; i < items.size() && at < 0; i++) if (id.apply(items.get(i)).equals(after)) at = i;
            if (at < 0) {
                throw ApiException.badRequest("cursor '%s' is not in %s any more (the data changed, or it came from another "
                        + "listing); start again without a cursor".formatted(after, path));
            }
            from = at + 1;
        }
        int to = Math.min(items.size(), from + page.limit());
        List<T> out = items.subList(from, to);
        return new Dto.PageOf<>(List.copyOf(out), to < items.size() && !out.isEmpty() ? id.apply(out.getLast()) : null);
    }
}
