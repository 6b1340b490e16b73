package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;

/**
 * A story as stored: its id, a label and its date span, which follow its articles as they arrive.
 *
 * @param firstArticle the article that opened it
 */
public record StoryRecord(String id, String label, Optional<LocalDate> first, Optional<LocalDate> last,
                          ArticleId firstArticle) {
    public StoryRecord {
        Objects.requireNonNull(id, "id is null");
        if (id.isBlank()) throw new IllegalArgumentException("story id is blank");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(last, "last is null");
        Objects.requireNonNull(firstArticle, "firstArticle is null");
    }
}
