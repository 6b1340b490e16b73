package org.parley.store;

import java.util.Objects;
import org.parley.model.ArticleId;

/**
 * The story an article was put in when it arrived.
 *
 * @param ord    the order the article entered the clusterer (0, 1, 2 …): replaying articles in this order rebuilds
 *               the clusterer's state
 * @param opened true when the article started the story
 * @param score  its score against the story it joined, or its best score against any story when it opened one
 */
public record StoryLink(ArticleId article, String story, long ord, boolean opened, double score) {
    public StoryLink {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(story, "story is null");
        if (story.isBlank()) throw new IllegalArgumentException("article " + article + " is linked to a blank story id");
        if (ord < 0) throw new IllegalArgumentException("article " + article + ": story order " + ord + " is negative");
    }
}
