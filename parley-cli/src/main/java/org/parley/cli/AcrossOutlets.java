package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.claim.ArticleFacts;
import org.parley.extract.claim.CanonicalNames;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;
import org.parley.model.Stance;
import org.parley.store.ArticleRef;
import org.parley.store.AttributionQuery;
import org.parley.store.EntityRef;
import org.parley.store.EventQuery;
import org.parley.store.StanceQuery;
import org.parley.store.Store;

/**
 * Stored facts of every article in the form the cross-outlet steps take ({@link ArticleFacts}), with canonical
 * names from the store's entity resolution. Articles with no attribution, stance or event are left out.
 */
final class AcrossOutlets {
    final List<ArticleFacts> facts;
    final CanonicalNames names;
    private final Map<ArticleId, ArticleRef> refs;

    private AcrossOutlets(List<ArticleFacts> facts, CanonicalNames names, Map<ArticleId, ArticleRef> refs) {
        this.facts = facts;
        this.names = names;
        this.refs = refs;
    }

    /** Attributions only (for claims), or attributions, stances and events (for conflicts). */
    static AcrossOutlets load(Store store, boolean everything) {
        Map<ArticleId, List<Attribution>> attributions = new HashMap<>();
        Map<ArticleId, List<Stance>> stances = new HashMap<>();
        Map<ArticleId, List<Event>> events = new HashMap<>();
        Map<ArticleId, ArticleRef> refs = new HashMap<>();
        Lookup.each(p -> store.attributions(AttributionQuery.all(), p), Integer.MAX_VALUE, a -> {
            refs.putIfAbsent(a.article().id(), a.article());
            attributions.computeIfAbsent(a.article().id(), k -> new ArrayList<>()).add(a.attribution());
        });
        if (everything) {
            Lookup.each(p -> store.stances(StanceQuery.all(), p), Integer.MAX_VALUE, s -> {
                refs.putIfAbsent(s.article().id(), s.article());
                stances.computeIfAbsent(s.article().id(), k -> new ArrayList<>()).add(s.stance());
            });
            Lookup.each(p -> store.events(EventQuery.all(), p), Integer.MAX_VALUE, e -> {
                refs.putIfAbsent(e.article().id(), e.article());
                events.computeIfAbsent(e.article().id(), k -> new ArrayList<>()).add(e.event());
            });
        }
        List<ArticleFacts> facts = new ArrayList<>();
        store.stories().texts(t -> {
            if (!refs.containsKey(t.id())) return;
            facts.add(new ArticleFacts(t.id(), t.outlet(), t.date(), t.text(), attributions.getOrDefault(t.id(), List.of()),
                    stances.getOrDefault(t.id(), List.of()), events.getOrDefault(t.id(), List.of())));
        });
        return new AcrossOutlets(facts, names(store), refs);
    }

    /**
     * The canonical name of a local entity: its resolved entity's name, else the name its article gives it, else a
     * name unique to that article (so two unresolved "e0" keys of different articles never match).
     */
    private static CanonicalNames names(Store store) {
        Map<LocalRef, EntityRef> links = store.stories().entityLinks();
        Map<LocalRef, String> local = new HashMap<>();
        for (ArticleEntities a : store.localEntities()) {
            for (LocalEntity e : a.entities()) local.put(new LocalRef(a.article(), e.key()), e.name());
        }
        CanonicalNames byName = CanonicalNames.byName();
        return (article, key, name) -> {
            if (key == null || key.isBlank()) return byName.canonical(article, key, name);
            LocalRef ref = new LocalRef(article, key);
            EntityRef linked = links.get(ref);
            if (linked != null) return linked.name();
            String own = local.get(ref);
            if (own != null) return byName.canonical(article, key, own);
            return name.equals(key) ? article.value() + "/" + key : byName.canonical(article, key, name);
        };
    }

    /** The article's name (file name or JSONL id). */
    String name(ArticleId id) {
        return Optional.ofNullable(refs.get(id)).map(ArticleRef::name).orElse(id.value());
    }

    Optional<ArticleRef> ref(ArticleId id) {
        return Optional.ofNullable(refs.get(id));
    }
}
