package org.parley.extract.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.ArticleId;

/** The growing state of one story inside {@link StoryClusterer}. Not thread-safe; the clusterer guards it. */
final class StoryState {
    private static final int LABEL_ENTITIES = 2;
    private static final int LABEL_TERMS = 3;
    private static final int KEY_PEOPLE = 5;

    final String id;
    final WeightedBag content = new WeightedBag();
    final WeightedBag entities = new WeightedBag();
    private final List<ArticleId> articles = new ArrayList<>();
    private final TreeSet<String> outlets = new TreeSet<>();
    private final TreeSet<String> issues = new TreeSet<>();
    private final TreeMap<String, Integer> entityCounts = new TreeMap<>();
    private final TreeMap<String, Integer> peopleCounts = new TreeMap<>();
    private final TreeMap<String, Integer> titleTerms = new TreeMap<>();
    private LocalDate first;
    private LocalDate last;

    StoryState(ArticleId firstArticle) {
        this.id = "story-" + firstArticle.value();
    }

    void add(StoryInput in, WeightedBag articleContent, WeightedBag articleEntities, List<String> titleTermList) {
        articles.add(in.article());
        content.addAll(articleContent);
        entities.addAll(articleEntities);
        if (!in.outlet().isEmpty()) outlets.add(in.outlet());
        issues.addAll(in.issues());
        for (String e : in.entities()) entityCounts.merge(e, 1, Integer::sum);
        for (String p : in.people()) peopleCounts.merge(p, 1, Integer::sum);
        for (String t : new TreeSet<>(titleTermList)) titleTerms.merge(t, 1, Integer::sum);
        in.date().ifPresent(d -> {
            if (first == null || d.isBefore(first)) first = d;
            if (last == null || d.isAfter(last)) last = d;
        });
    }

    /** Days between {@code date} and the story's date span (0 inside it); empty when either is undated. */
    OptionalLong gapDays(Optional<LocalDate> date) {
        if (date.isEmpty() || first == null) return OptionalLong.empty();
        LocalDate d = date.get();
        if (d.isBefore(first)) return OptionalLong.of(ChronoUnit.DAYS.between(d, first));
        if (d.isAfter(last)) return OptionalLong.of(ChronoUnit.DAYS.between(last, d));
        return OptionalLong.of(0);
    }

    /** Days from the first to the last article if {@code date} joined; 0 when either is undated. */
    long spanWith(Optional<LocalDate> date) {
        if (date.isEmpty() || first == null) return 0;
        LocalDate d = date.get();
        LocalDate from = d.isBefore(first) ? d : first;
        LocalDate to = d.isAfter(last) ? d : last;
        return ChronoUnit.DAYS.between(from, to);
    }

    Story snapshot(DocumentFrequencies termDf, DocumentFrequencies entityDf) {
        List<String> labelEntities = top(entityCounts, entityDf, LABEL_ENTITIES, Set.of());
        Set<String> covered = new HashSet<>();
        for (String e : labelEntities) covered.addAll(Shingles.words(e));
        List<String> label = new ArrayList<>(labelEntities);
        label.addAll(top(titleTerms, termDf, LABEL_TERMS, covered));
        List<String> people = peopleCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEY_PEOPLE).map(Map.Entry::getKey).toList();
        return new Story(id, String.join(", ", label), Optional.ofNullable(first), Optional.ofNullable(last), articles,
                List.copyOf(outlets), people, List.copyOf(issues));
    }

    /** The {@code n} keys with the highest count x idf, skipping those whose words are already in {@code covered}. */
    private static List<String> top(TreeMap<String, Integer> counts, DocumentFrequencies df, int n, Set<String> covered) {
        return counts.entrySet().stream()
                .filter(e -> !covered.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -e.getValue() * df.idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
