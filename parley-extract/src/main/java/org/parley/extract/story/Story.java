package org.parley.extract.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;

/**
 * One story or event as covered by several articles: a snapshot of {@link StoryClusterer}'s state.
 *
 * @param id         {@code "story-" + the id of its first article}: stable across runs over the same input order
 * @param label      its most salient entity names and title terms
 * @param articles   in the order they arrived
 * @param outlets    sorted
 * @param keyPeople  the people most of its articles mention, most mentioned first
 */
public record Story(String id, String label, Optional<LocalDate> first, Optional<LocalDate> last,
                    List<ArticleId> articles, List<String> outlets, List<String> keyPeople, List<String> issues) {
    public Story {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(last, "last is null");
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        keyPeople = List.copyOf(keyPeople);
        issues = List.copyOf(issues);
        if (articles.isEmpty()) throw new IllegalArgumentException("story " + id + " has no article");
    }
}
