package org.parley.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.store.EntityRef;
import org.parley.store.Order;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StanceQuery;
import org.parley.store.StoredStance;

/**
 * {@link org.parley.store.Store#stances} in storage order answered from a snapshot: the same items, order and
 * cursors as the store gives for the same query and page. Each stance's JSON (with its evidence sentence cut from
 * the article text) is written once, on first use, and kept with the snapshot ({@link JsonPieces}).
 */
public final class StanceListing {
    private final List<StoredStance> stances;
    private final IdPager pager;
    private final Postings<String> byIssue;
    private final Postings<EntityId> byHolder;
    private final Postings<ArticleId> byArticle;
    private final NameIndex names;
    private final JsonPieces json;

    private StanceListing(List<StoredStance> stances, NameIndex names) {
        this.stances = List.copyOf(stances);
        this.pager = new IdPager(this.stances.stream().mapToLong(StoredStance::id).toArray());
        this.byIssue = Postings.of(this.stances, s -> s.stance().issue());
        this.byHolder = Postings.of(this.stances, s -> s.holder().map(EntityRef::id).orElse(null));
        this.byArticle = Postings.of(this.stances, s -> s.article().id());
        this.names = names;
        this.json = new JsonPieces(this.stances.size(), Dto.Stance.class);
    }

    /**
     * @param stances     every stored stance in id order
     * @param entityNames canonical name and aliases of each global entity (for the holder name filter)
     */
    public static StanceListing of(List<StoredStance> stances, Map<EntityId, List<String>> entityNames) {
        NameIndex.Builder names = new NameIndex.Builder();
        for (StoredStance s : stances) {
            List<String> n = new ArrayList<>(List.of(s.stance().holder().name(), s.stance().holder().surface()));
            s.holder().ifPresent(e -> n.addAll(entityNames.getOrDefault(e.id(), List.of())));
            names.add(n);
        }
        return new StanceListing(stances, names.build());
    }

    public int size() {
        return stances.size();
    }

    /**
     * What {@code store.stances(q, page)} gives.
     *
     * @throws IllegalArgumentException for a query in chronological order: only storage order is indexed here
     */
    public Paged<StoredStance> list(StanceQuery q, Page page) {
        IdPager.Result r = find(q, page);
        return new Paged<>(Arrays.stream(r.positions()).mapToObj(stances::get).toList(), r.next());
    }

    /** Answers {@code ctx} with the same page as JSON {@link Dto.PageOf} of {@link Dto.Stance}. */
    void answer(Context ctx, StanceQuery q, Page page, DtoMapper mapper) {
        IdPager.Result r = find(q, page);
        List<byte[]> items = new ArrayList<>(r.positions().length);
        for (int p : r.positions()) items.add(json.at(p, i -> mapper.stance(stances.get(i)), ctx.jsonMapper()));
        JsonPieces.answer(ctx, items, r.next().orElse(null));
    }

    private IdPager.Result find(StanceQuery q, Page page) {
        if (q.order() != Order.STORED) {
            throw new IllegalArgumentException("the snapshot lists stances in storage order only, not " + q.order());
        }
        List<int[]> candidates = new ArrayList<>();
        IntPredicate keep = p -> true;
        if (q.issue().isPresent()) {
            String issue = q.issue().get();
            candidates.add(byIssue.of(issue));
            keep = keep.and(p -> stances.get(p).stance().issue().equals(issue));
        }
        if (q.holder().isPresent()) {
            EntityId id = q.holder().get();
            candidates.add(byHolder.of(id));
            keep = keep.and(p -> stances.get(p).holder().map(e -> e.id().equals(id)).orElse(false));
        }
        if (q.holderName().isPresent()) {
            String part = NameIndex.fold(q.holderName().get());
            candidates.add(names.containing(part));
            keep = keep.and(p -> names.matches(p, part));
        }
        if (q.article().isPresent()) {
            ArticleId id = q.article().get();
            candidates.add(byArticle.of(id));
            keep = keep.and(p -> stances.get(p).article().id().equals(id));
        }
        if (q.from().isPresent() || q.to().isPresent()) {
            LocalDate from = q.from().orElse(LocalDate.MIN);
            LocalDate to = q.to().orElse(LocalDate.MAX);
            keep = keep.and(p -> QuoteListing.within(date(stances.get(p)), from, to));
        }
        return pager.page(page, candidates, keep);
    }

    /** The date the store filters a stance by: its statement's when the article tells it, else its article's. */
    private static Optional<LocalDate> date(StoredStance s) {
        return s.stance().date().or(() -> s.article().date());
    }
}
