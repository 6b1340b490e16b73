package org.parley.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.EntityId;
import org.parley.model.Speaker;
import org.parley.store.AttributionQuery;
import org.parley.store.EntityRef;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * {@link org.parley.store.Store#attributions} answered from a snapshot: the same items, order and cursors as the
 * store gives for the same query and page, from indexes built once per snapshot. Each quote's JSON is written once,
 * on first use, and kept with the snapshot ({@link JsonPieces}).
 */
public final class QuoteListing {
    private final List<StoredAttribution> quotes;
    private final IdPager pager;
    private final Postings<EntityId> bySpeaker;
    private final Postings<ArticleId> byArticle;
    private final Postings<String> byIssue;
    private final NameIndex names;
    /** The quoted words of each position, {@link NameIndex#fold folded} as the store compares them. */
    private final String[] words;
    private final JsonPieces json;

    private QuoteListing(List<StoredAttribution> quotes, Postings<String> byIssue, NameIndex names) {
        this.quotes = List.copyOf(quotes);
        this.pager = new IdPager(this.quotes.stream().mapToLong(StoredAttribution::id).toArray());
        this.bySpeaker = Postings.of(this.quotes, a -> a.speaker().map(EntityRef::id).orElse(null));
        this.byArticle = Postings.of(this.quotes, a -> a.article().id());
        this.byIssue = byIssue;
        this.names = names;
        this.words = this.quotes.stream().map(a -> NameIndex.fold(a.attribution().text())).toArray(String[]::new);
        this.json = new JsonPieces(this.quotes.size(), Dto.Quote.class);
    }

    /**
     * @param quotes      every stored quote in id order
     * @param stances     every stored stance (for the issue filter)
     * @param entityNames canonical name and aliases of each global entity (for the speaker name filter)
     */
    public static QuoteListing of(List<StoredAttribution> quotes, List<StoredStance> stances,
                                  Map<EntityId, List<String>> entityNames) {
        NameIndex.Builder names = new NameIndex.Builder();
        for (StoredAttribution a : quotes) {
            List<String> n = new ArrayList<>();
            if (a.attribution().speaker() instanceof Speaker.Known k) {
                n.add(k.name());
                n.add(k.surface());
            }
            a.speaker().ifPresent(e -> n.addAll(entityNames.getOrDefault(e.id(), List.of())));
            names.add(n);
        }
        return new QuoteListing(quotes, issues(quotes, stances), names.build());
    }

    /**
     * A quote is about an issue when its article holds a stance on it read from the same sentence or from words that
     * overlap the quote's (the store's rule).
     */
    private static Postings<String> issues(List<StoredAttribution> quotes, List<StoredStance> stances) {
        Map<ArticleId, List<StoredStance>> byArticle = new HashMap<>();
        for (StoredStance s : stances) byArticle.computeIfAbsent(s.article().id(), k -> new ArrayList<>()).add(s);
        Postings.Builder<String> b = new Postings.Builder<>();
        for (int p = 0; p < quotes.size(); p++) {
            Attribution a = quotes.get(p).attribution();
            for (StoredStance s : byArticle.getOrDefault(quotes.get(p).article().id(), List.of())) {
                boolean sameSentence = s.stance().sentence() == a.sentence();
                boolean overlaps = s.stance().evidence().start() < a.content().end() && a.content().start() < s.stance().evidence().end();
                if (sameSentence || overlaps) b.add(s.stance().issue(), p);
            }
        }
        return b.build();
    }

    public int size() {
        return quotes.size();
    }

    /** What {@code store.attributions(q, page)} gives. */
    public Paged<StoredAttribution> list(AttributionQuery q, Page page) {
        IdPager.Result r = find(q, page);
        return new Paged<>(Arrays.stream(r.positions()).mapToObj(quotes::get).toList(), r.next());
    }

    /** Answers {@code ctx} with the same page as JSON {@link Dto.PageOf} of {@link Dto.Quote}. */
    void answer(Context ctx, AttributionQuery q, Page page) {
        IdPager.Result r = find(q, page);
        List<byte[]> items = new ArrayList<>(r.positions().length);
        for (int p : r.positions()) items.add(json.at(p, i -> DtoMapper.quote(quotes.get(i)), ctx.jsonMapper()));
        JsonPieces.answer(ctx, items, r.next().orElse(null));
    }

    private IdPager.Result find(AttributionQuery q, Page page) {
        List<int[]> candidates = new ArrayList<>();
        IntPredicate keep = p -> true;
        if (q.speaker().isPresent()) {
            EntityId id = q.speaker().get();
            candidates.add(bySpeaker.of(id));
            keep = keep.and(p -> quotes.get(p).speaker().map(e -> e.id().equals(id)).orElse(false));
        }
        if (q.speakerName().isPresent()) {
            String part = NameIndex.fold(q.speakerName().get());
            candidates.add(names.containing(part));
            keep = keep.and(p -> names.matches(p, part));
        }
        if (q.article().isPresent()) {
            ArticleId id = q.article().get();
            candidates.add(byArticle.of(id));
            keep = keep.and(p -> quotes.get(p).article().id().equals(id));
        }
        if (q.issue().isPresent()) {
            int[] about = byIssue.of(q.issue().get());
            candidates.add(about);
            keep = keep.and(p -> Arrays.binarySearch(about, p) >= 0);
        }
        if (q.kind().isPresent()) keep = keep.and(p -> quotes.get(p).attribution().kind() == q.kind().get());
        if (q.directOnly()) keep = keep.and(p -> quotes.get(p).attribution().direct());
        if (q.from().isPresent() || q.to().isPresent()) {
            LocalDate from = q.from().orElse(LocalDate.MIN);
            LocalDate to = q.to().orElse(LocalDate.MAX);
            keep = keep.and(p -> within(quotes.get(p).article().date(), from, to));
        }
        if (q.textContains().isPresent()) {
            String part = NameIndex.fold(q.textContains().get());
            keep = keep.and(p -> words[p].contains(part));
        }
        return pager.page(page, candidates, keep);
    }

    /** SQL's test on a date that may be NULL: an undated item is in no range. */
    static boolean within(Optional<LocalDate> date, LocalDate from, LocalDate to) {
        return date.isPresent() && !date.get().isBefore(from) && !date.get().isAfter(to);
    }
}
