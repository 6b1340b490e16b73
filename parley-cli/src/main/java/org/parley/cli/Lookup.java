package org.parley.cli;

import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.store.ArticleLookup;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.Store;

/** Finds stored articles by what a user types: an id, a file name or JSONL id, or a unique prefix of either. */
final class Lookup {
    private Lookup() {
    }

    static ArticleId article(Store store, String key) {
        return switch (ArticleLookup.find(store, key)) {
            case ArticleLookup.Result.Found f -> f.id();
            case ArticleLookup.Result.Ambiguous a -> throw new UserException("'" + key + "' matches " + a.matches()
                    + " articles; give more of the name or the id (parley articles lists them)");
            case ArticleLookup.Result.NotFound n -> throw new UserException("no stored article has the id or name '" + key
                    + "' (parley articles lists them)");
        };
    }

    static <T> void each(java.util.function.Function<Page, Paged<T>> query, int limit, java.util.function.Consumer<T> action) {
        Optional<String> cursor = Optional.empty();
        int seen = 0;
        do {
            Paged<T> p = query.apply(new Page(Math.min(Page.MAX_LIMIT, Math.max(1, limit - seen)), cursor));
            for (T item : p.items()) {
                if (seen++ >= limit) return;
                action.accept(item);
            }
            cursor = p.next();
        } while (cursor.isPresent() && seen < limit);
    }
}
