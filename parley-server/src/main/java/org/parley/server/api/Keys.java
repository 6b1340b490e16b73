package org.parley.server.api;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.store.ArticleLookup;
import org.parley.store.AttributionQuery;
import org.parley.store.EntityQuery;
import org.parley.store.Page;
import org.parley.store.StanceQuery;

/**
 * Ids or names, wherever the API takes an id, with the meaning the command line gives them: an article is its id, its
 * name or a unique prefix ({@code parley show}); a person is an entity id, {@code name:<name>}, or any name or alias
 * ({@code speaker=Rutte} is {@code parley quotes --speaker Rutte}).
 */
final class Keys {
    private Keys() {
    }

    /** The article {@code key} names; a key that names none stays as given (a filter on it matches nothing). */
    static ArticleId articleFilter(StoreView view, String key) {
        return switch (ArticleLookup.find(view.store(), key)) {
            case ArticleLookup.Result.Found f -> f.id();
            case ArticleLookup.Result.Ambiguous a -> throw ambiguous(a);
            case ArticleLookup.Result.NotFound n -> new ArticleId(key);
        };
    }

    /** The article {@code key} names, or a 404. */
    static ArticleId article(StoreView view, String key) {
        return switch (ArticleLookup.find(view.store(), key)) {
            case ArticleLookup.Result.Found f -> f.id();
            case ArticleLookup.Result.Ambiguous a -> throw ambiguous(a);
            case ArticleLookup.Result.NotFound n -> throw ApiException.notFound(
                    "no article has the id or name '%s'; list them at /api/articles".formatted(key));
        };
    }

    private static ApiException ambiguous(ArticleLookup.Result.Ambiguous a) {
        return ApiException.badRequest("'%s' begins the name or id of %d articles; give more of it, or the id from /api/articles"
                .formatted(a.key(), a.matches()));
    }

    /** True when {@code key} is the id of a stored entity (rather than a name). */
    private static boolean isEntity(StoreView view, String key) {
        return view.store().entity(new EntityId(key)).isPresent();
    }

    static AttributionQuery speaker(AttributionQuery q, StoreView view, String key) {
        if (key.startsWith("name:")) return q.withSpeakerName(key.substring(5));
        return isEntity(view, key) ? q.withSpeaker(new EntityId(key)) : q.withSpeakerName(key);
    }

    static StanceQuery holder(StanceQuery q, StoreView view, String key) {
        if (key.startsWith("name:")) return q.withHolderName(key.substring(5));
        return isEntity(view, key) ? q.withHolder(new EntityId(key)) : q.withHolderName(key);
    }

    /**
     * The person keys ({@link Dto.Who#key}) {@code key} stands for: itself when it is an entity id or a
     * {@code name:} key; else the ids of the entities with that name or alias, and {@code name:<name>} for speakers
     * not resolved to an entity.
     */
    static Set<String> personKeys(StoreView view, String key) {
        Set<String> keys = new HashSet<>();
        keys.add(key);
        if (key.startsWith("name:") || isEntity(view, key)) return keys;
        keys.add("name:" + key.toLowerCase(Locale.ROOT));
        view.store().entities(EntityQuery.all().withNameContaining(key), Page.first(Page.MAX_LIMIT)).items()
                .forEach(e -> keys.add(e.entity().id().value()));
        return keys;
    }
}
