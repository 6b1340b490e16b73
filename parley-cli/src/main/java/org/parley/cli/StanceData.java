package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.stance.HolderKey;
import org.parley.extract.stance.SourcedStance;
import org.parley.model.ArticleId;
import org.parley.model.Span;
import org.parley.store.EntityRef;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoredStance;

/**
 * Stored stances ready for aggregation, with holders keyed by their entity across articles: "Moscow" in one
 * outlet and "Russia" in another count as one holder when resolution made them one entity.
 */
final class StanceData {
    final List<SourcedStance> stances = new ArrayList<>();
    private final Map<String, EntityRef> holders = new HashMap<>();
    private final Map<String, String> entityNames = new HashMap<>();
    private final Map<ArticleId, String> names = new HashMap<>();
    private final Map<ArticleId, String> texts = new HashMap<>();
    /** The stored row of each stance, for its id and review (aggregation passes the same objects through). */
    private final Map<SourcedStance, StoredStance> stored = new IdentityHashMap<>();
    private final Store store;

    StanceData(Store store, StanceQuery query) {
        this.store = store;
        Lookup.each(p -> store.stances(query, p), Integer.MAX_VALUE, s -> {
            SourcedStance sourced = new SourcedStance(s.article().id(), s.article().outlet(), s.stance());
            stances.add(sourced);
            stored.put(sourced, s);
            names.put(s.article().id(), s.article().name());
            s.holder().ifPresent(h -> {
                holders.put(key(s.article().id(), s.stance().holder().mention()), h);
                entityNames.put(h.id().value(), h.name());
            });
        });
    }

    private static String key(ArticleId article, Span mention) {
        return article.value() + "@" + mention.start() + "-" + mention.end();
    }

    /** The stored stance {@code s} was made from: its id (what 'parley review stance' takes) and its review. */
    Optional<StoredStance> stored(SourcedStance s) {
        return Optional.ofNullable(stored.get(s));
    }

    /** The article's name (file name or JSONL id), as the export names articles. */
    String articleName(ArticleId id) {
        return names.getOrDefault(id, id.value());
    }

    /** The words at {@code span} of a stored article (the evidence sentence of a stance). */
    String text(ArticleId id, Span span) {
        String text = texts.computeIfAbsent(id, k -> store.text(k).orElse(""));
        return span.end() <= text.length() ? span.of(text).strip() : "";
    }

    /** Holder key: the resolved entity's id, else the holder's normalised name. */
    HolderKey holderKey() {
        HolderKey byName = HolderKey.byName();
        return (article, holder) -> {
            EntityRef ref = holders.get(key(article, holder.mention()));
            return ref != null ? ref.id().value() : byName.of(article, holder);
        };
    }

    /** The display name for a holder key: the entity's canonical name when it is one. */
    String name(String key, String fallback) {
        return entityNames.getOrDefault(key, fallback);
    }

}
