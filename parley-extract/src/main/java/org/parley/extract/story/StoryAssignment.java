package org.parley.extract.story;

import java.util.Objects;
import org.parley.model.ArticleId;

/**
 * Where {@link StoryClusterer#add(StoryInput)} put an article.
 *
 * @param opened true when the article started a new story
 * @param score  its score against the story it joined, or its best score against any story when it opened one
 */
public record StoryAssignment(ArticleId article, String story, boolean opened, double score) {
    public StoryAssignment {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(story, "story is null");
    }
}
