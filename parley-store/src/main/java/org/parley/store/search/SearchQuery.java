package org.parley.store.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.EntityId;

/**
 * A full-text search.
 *
 * @param text        Lucene query syntax over the text (and titles): words must all occur, {@code "a phrase"} in
 *                    double quotes, {@code OR}, {@code -word}, {@code prefix*}
 * @param scope       articles, attributions, or both
 * @param speaker     only attributions of this resolved speaker
 * @param speakerName only attributions whose speaker goes by this name (words in order, case-insensitive)
 * @param outlet      only this outlet (case-insensitive, whole name)
 * @param from        article date on or after
 * @param to          article date on or before
 */
public record SearchQuery(String text, Scope scope, Optional<EntityId> speaker, Optional<String> speakerName,
                          Optional<String> outlet, Optional<LocalDate> from, Optional<LocalDate> to) {
    /** Which documents a search looks at. */
    public enum Scope {
        ARTICLES, ATTRIBUTIONS, ALL;

        /** The scope a user names: {@code all}, {@code articles} or {@code quotes} (any case). */
        public static Scope named(String name) {
            return switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "all" -> ALL;
                case "articles" -> ARTICLES;
                case "quotes" -> ATTRIBUTIONS;
                default -> throw new IllegalArgumentException("scope '%s' is not one of all, articles, quotes".formatted(name));
            };
        }
    }

    public SearchQuery {
        Objects.requireNonNull(text, "text is null");
        if (text.isBlank()) throw new IllegalArgumentException("search text is empty");
        Objects.requireNonNull(scope, "scope is null");
        Objects.requireNonNull(speaker, "speaker is null");
        speakerName = Objects.requireNonNull(speakerName, "speakerName is null").filter(s -> !s.isBlank());
        outlet = Objects.requireNonNull(outlet, "outlet is null").filter(s -> !s.isBlank());
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Scope.ALL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public SearchQuery in(Scope s) {
        return new SearchQuery(text, s, speaker, speakerName, outlet, from, to);
    }

    public SearchQuery bySpeaker(EntityId id) {
        return new SearchQuery(text, Scope.ATTRIBUTIONS, Optional.of(id), speakerName, outlet, from, to);
    }

    public SearchQuery bySpeakerName(String name) {
        return new SearchQuery(text, Scope.ATTRIBUTIONS, speaker, Optional.of(name), outlet, from, to);
    }

    public SearchQuery inOutlet(String name) {
        return new SearchQuery(text, scope, speaker, speakerName, Optional.of(name), from, to);
    }

    public SearchQuery between(LocalDate fromDate, LocalDate toDate) {
        return new SearchQuery(text, scope, speaker, speakerName, outlet, Optional.ofNullable(fromDate), Optional.ofNullable(toDate));
    }
}
