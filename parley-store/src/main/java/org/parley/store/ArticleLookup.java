package org.parley.store;

import java.util.Objects;
import org.parley.model.ArticleId;

/**
 * Finds a stored article by what a user calls it: its id, its name (the file name or JSONL id it was ingested
 * from), or a prefix of either that only one article has. The command line ({@code parley show}) and the API
 * ({@code /api/articles/{id}}) both look articles up this way.
 */
public final class ArticleLookup {
    private static final int PAGE = 500;

    private ArticleLookup() {
    }

    /** What a key names. */
    public sealed interface Result {
        record Found(ArticleId id) implements Result {
        }

        /** More than one article's name or id starts with the key, and none is named exactly by it. */
        record Ambiguous(String key, int matches) implements Result {
        }

        record NotFound(String key) implements Result {
        }
    }

    public static Result find(Store store, String key) {
        Objects.requireNonNull(key, "key is null");
        if (store.summary(new ArticleId(key)).isPresent()) return new Result.Found(new ArticleId(key));
        Prefixes prefixes = new Prefixes(key);
        Page page = Page.first(PAGE);
        while (true) {
            Paged<ArticleSummary> p = store.articles(page);
            for (ArticleSummary s : p.items()) {
                if (s.name().equals(key)) return new Result.Found(s.id());
                prefixes.see(s);
            }
            if (p.next().isEmpty()) return prefixes.result();
            page = Page.after(PAGE, p.next().get());
        }
    }

    /** The same lookup over articles already in memory (a server's snapshot). */
    public static Result find(Iterable<ArticleSummary> articles, String key) {
        Objects.requireNonNull(key, "key is null");
        Prefixes prefixes = new Prefixes(key);
        for (ArticleSummary s : articles) {
            if (s.id().value().equals(key) || s.name().equals(key)) return new Result.Found(s.id());
            prefixes.see(s);
        }
        return prefixes.result();
    }

    private static final class Prefixes {
        private final String key;
        private ArticleId found;
        private int matches;

        Prefixes(String key) {
            this.key = key;
        }

        void see(ArticleSummary s) {
            if (s.name().startsWith(key) || s.id().value().startsWith(key)) {
                found = s.id();
                matches++;
            }
        }

        Result result() {
            if (matches == 1) return new Result.Found(found);
            if (matches > 1) return new Result.Ambiguous(key, matches);
            return new Result.NotFound(key);
        }
    }
}
