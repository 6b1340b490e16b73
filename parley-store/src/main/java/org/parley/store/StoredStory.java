package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * A stored story with what it covers.
 *
 * @param articles in the order they joined it
 * @param people   resolved persons mentioned in its articles, by mention count (most first, then by name)
 * @param issues   issues its articles hold stances on, by number of stances (most first, then by id)
 */
public record StoredStory(StoryRecord story, List<ArticleRef> articles, List<Count> people, List<Count> issues) {
    public StoredStory {
        Objects.requireNonNull(story, "story is null");
        articles = List.copyOf(articles);
        people = List.copyOf(people);
        issues = List.copyOf(issues);
    }

    /** Distinct outlets of its articles, sorted; articles without an outlet are left out. */
    public List<String> outlets() {
        return articles.stream().map(ArticleRef::outlet).filter(o -> !o.isBlank()).distinct().sorted().toList();
    }

    /** A name (an entity's canonical name, an issue id) and how often it occurs. */
    public record Count(String name, int count) {
        public Count {
            Objects.requireNonNull(name, "name is null");
        }
    }
}
