package org.parley.extract.story;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.model.ArticleId;

/**
 * What the story clusterer needs of one article.
 *
 * @param terms    content terms in text order, repeats kept (lemmas, or {@link Terms#of(String)} of the clean text)
 * @param entities names of the entities it mentions (canonical names when resolved, else the article's own names),
 *                 people included; kept sorted and without repeats
 * @param people   the subset of {@code entities} that are persons, for a story's key people
 * @param issues   ids of the issues it touches
 */
public record StoryInput(ArticleId article, Optional<LocalDate> date, String outlet, String title, List<String> terms,
                         List<String> entities, List<String> people, List<String> issues) {
    public StoryInput {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(date, "date is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        title = Objects.requireNonNullElse(title, "");
        terms = List.copyOf(terms);
        entities = sorted(entities);
        people = sorted(people);
        issues = sorted(issues);
    }

    /** An input whose terms are {@link Terms#of(String)} of {@code cleanText}. */
    public static StoryInput of(ArticleId article, Optional<LocalDate> date, String outlet, String title,
                                String cleanText, Collection<String> entities, Collection<String> people,
                                Collection<String> issues) {
        return new StoryInput(article, date, outlet, title, Terms.of(cleanText), List.copyOf(entities),
                List.copyOf(people), List.copyOf(issues));
    }

    private static List<String> sorted(Collection<String> names) {
        TreeSet<String> set = new TreeSet<>();
        for (String n : names) if (n != null && !n.isBlank()) set.add(n.strip());
        return List.copyOf(set);
    }
}
