package org.parley.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.server.csv.ApiColumns;
import org.parley.server.story.HolderKey;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StanceQuery;
import org.parley.store.StoredStance;

/**
 * Stances: the statements ({@code /api/stances}, from the snapshot when it is fresh, else from the store), the issue matrix ({@code /api/stances/matrix}), the issues
 * ({@code /api/issues}) and changes of position ({@code /api/shifts}).
 */
public final class StanceRoutes {
    private StanceRoutes() {
    }

    /** @param issueNames the name of each issue id the server knows (from the issues file), for /api/issues */
    public static void register(RouteTable routes, StoreView view, DtoMapper mapper, Map<String, String> issueNames) {
        routes.listing("/api/stances", List.of("issue", "holder", "holder_name", "article", "from", "to", "limit", "cursor"), ApiColumns.STANCES, ctx -> {
            StanceQuery q = query(ctx, view);
            Page p = Params.page(ctx);
            Optional<StoreView.Snapshot> snapshot = view.fresh();
            if (snapshot.isPresent()) {
                snapshot.get().stanceListing().answer(ctx, q, p, mapper);
                return;
            }
            Paged<StoredStance> page = view.store().stances(q, p);
            ctx.json(new Dto.PageOf<>(page.items().stream().map(mapper::stance).toList(), page.next().orElse(null)));
        });
        // Matrix rows and shifts are mapped (evidence texts cut) and written as JSON once per snapshot, then only
        // filtered per request.
        routes.listing("/api/stances/matrix", List.of("issue", "holder"), ApiColumns.MATRIX, ctx -> {
            Predicate<Dto.HolderRow> keep = StanceRoutes.<Dto.HolderRow>holderFilter(ctx, view, r -> r.holder().key())
                    .and(issueFilter(ctx, Dto.HolderRow::issue));
            StoreView.Snapshot snapshot = view.snapshot();
            List<Dto.HolderRow> all = snapshot.derived("matrix", s -> s.rows().stream().map(mapper::row).toList());
            answer(ctx, all, keep, snapshot.derived("matrix-json", s -> JsonPieces.each(all, Dto.HolderRow.class, ctx.jsonMapper())));
        });
        routes.listing("/api/shifts", List.of("issue", "holder"), ApiColumns.SHIFTS, ctx -> {
            Predicate<Dto.Shift> keep = StanceRoutes.<Dto.Shift>holderFilter(ctx, view, r -> r.holder().key())
                    .and(issueFilter(ctx, Dto.Shift::issue));
            StoreView.Snapshot snapshot = view.snapshot();
            List<Dto.Shift> all = snapshot.derived("shifts", s -> s.shifts().stream().map(mapper::shift).toList());
            answer(ctx, all, keep, snapshot.derived("shifts-json", s -> JsonPieces.each(all, Dto.Shift.class, ctx.jsonMapper())));
        });
        routes.listing("/api/issues", List.of(), ApiColumns.ISSUES, ctx -> ctx.json(new Dto.PageOf<>(
                view.snapshot().<List<Dto.Issue>>derived("issues", s -> issues(s.stances(), issueNames)), null)));
    }

    /** The items {@code keep} lets through, from the JSON written once per snapshot ({@code json}, one per item). */
    private static <T> void answer(Context ctx, List<T> all, Predicate<T> keep, List<byte[]> json) {
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (keep.test(all.get(i))) kept.add(json.get(i));
        }
        JsonPieces.answer(ctx, kept, null);
    }

    static List<Dto.Issue> issues(List<StoredStance> stances, Map<String, String> names) {
        Map<String, Map<String, Integer>> positions = new LinkedHashMap<>();
        Map<String, Set<HolderKey>> holders = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (StoredStance s : stances) {
            String issue = s.stance().issue();
            positions.computeIfAbsent(issue, i -> new LinkedHashMap<>()).merge(s.stance().position().label(), 1, Integer::sum);
            holders.computeIfAbsent(issue, i -> new HashSet<>()).add(HolderKey.of(s));
            totals.merge(issue, 1, Integer::sum);
        }
        return positions.entrySet().stream()
                .map(e -> new Dto.Issue(e.getKey(), totals.get(e.getKey()), holders.get(e.getKey()).size(), e.getValue(),
                        names.get(e.getKey())))
                .sorted((a, b) -> Integer.compare(b.stances(), a.stances())).toList();
    }

    /** {@code holder}: a person key, or any name or alias ({@link Keys#personKeys}). */
    private static <T> Predicate<T> holderFilter(Context ctx, StoreView view, Function<T, String> holderKey) {
        Optional<String> key = Params.text(ctx, "holder");
        if (key.isEmpty()) return t -> true;
        Set<String> keys = Keys.personKeys(view, key.get());
        return t -> keys.contains(holderKey.apply(t));
    }

    private static <T> Predicate<T> issueFilter(Context ctx, Function<T, String> issue) {
        Optional<String> id = Params.text(ctx, "issue");
        return id.<Predicate<T>>map(i -> t -> issue.apply(t).equals(i)).orElse(t -> true);
    }

    static StanceQuery query(Context ctx, StoreView view) {
        StanceQuery q = StanceQuery.all();
        Optional<String> issue = Params.text(ctx, "issue");
        if (issue.isPresent()) q = q.withIssue(issue.get());
        Optional<String> holder = Params.text(ctx, "holder");
        if (holder.isPresent()) q = Keys.holder(q, view, holder.get());
        Optional<String> name = Params.text(ctx, "holder_name");
        if (name.isPresent()) q = q.withHolderName(name.get());
        Optional<String> article = Params.text(ctx, "article");
        if (article.isPresent()) q = q.withArticle(Keys.articleFilter(view, article.get()));
        Params.DateRange range = Params.range(ctx);
        return q.between(range.fromOrNull(), range.toOrNull());
    }
}
