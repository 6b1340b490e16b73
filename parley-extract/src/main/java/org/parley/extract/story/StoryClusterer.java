package org.parley.extract.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.parley.model.ArticleId;

/**
 * Online clustering of articles into stories (events covered by several outlets), one article at a time.
 *
 * <p>For each article, in order of arrival: (1) its content terms and entity names enter the document-frequency
 * tables; (2) it is scored against every story whose dates come within {@link StoryConfig#windowDays()} of its own
 * date and that would not then span more than {@link StoryConfig#maxSpanDays()} (undated articles and stories are
 * always compared): {@code (1 - entityWeight) * contentCosine +
 * entityWeight * entityCosine} (content only when either side has no entities), both TF-IDF weighted, times a
 * date decay; (3) it joins the best story at or above the threshold (ties: the older story), else opens a new one.
 *
 * <p>Earlier assignments never change: an article's story is fixed when it arrives, so results depend on arrival
 * order (feed articles by date). Stories are never merged or split afterwards; the IDF used for earlier decisions
 * is the one known at that time. Adding the same article id again returns its first assignment and changes
 * nothing.
 *
 * <p>Thread-safe: {@link #add(StoryInput)} and {@link #stories()} are synchronized; given the same inputs in the
 * same order the result is the same on every run. A story's vectors keep its {@value #MAX_STORY_TERMS} most
 * salient terms (weight x idf), so long-running stories cost a bounded time to score.
 */
public final class StoryClusterer {
    /** Terms (and entity names) a story keeps for scoring; pruned when it reaches twice this many. */
    static final int MAX_STORY_TERMS = 1000;

    private final StoryConfig config;
    private final DocumentFrequencies termDf = new DocumentFrequencies();
    private final DocumentFrequencies entityDf = new DocumentFrequencies();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<ArticleId, StoryAssignment> assignments = new HashMap<>();

    public StoryClusterer(StoryConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
    }

    public StoryConfig config() {
        return config;
    }

    public synchronized StoryAssignment add(StoryInput article) {
        Objects.requireNonNull(article, "article is null");
        StoryAssignment previous = assignments.get(article.article());
        if (previous != null) return previous;
        List<String> titleTerms = Terms.of(article.title());
        WeightedBag content = WeightedBag.ofArticle(article.terms(), titleTerms, config.titleBoost());
        WeightedBag entities = WeightedBag.ofKeys(article.entities());
        termDf.add(content.weights().keySet());
        entityDf.add(article.entities());

        StoryState best = null;
        double bestScore = 0;
        for (StoryState story : stories) {
            OptionalLong gap = story.gapDays(article.date());
            if (gap.isPresent() && gap.getAsLong() > config.windowDays()) continue;
            if (story.spanWith(article.date()) > config.maxSpanDays()) continue;
            double score = score(content, entities, story) * decay(gap);
            if (score > bestScore) {
                bestScore = score;
                best = story;
            }
        }
        boolean opened = best == null || bestScore < config.threshold();
        StoryState target = opened ? new StoryState(article.article()) : best;
        if (opened) stories.add(target);
        target.add(article, content, entities, titleTerms);
        target.content.prune(MAX_STORY_TERMS, termDf);
        target.entities.prune(MAX_STORY_TERMS, entityDf);
        StoryAssignment assignment = new StoryAssignment(article.article(), target.id, opened, bestScore);
        assignments.put(article.article(), assignment);
        return assignment;
    }

    /** The story an article was put in. */
    public synchronized Optional<StoryAssignment> assignment(ArticleId article) {
        return Optional.ofNullable(assignments.get(article));
    }

    /** Every story so far, in the order they were opened. */
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (StoryState s : stories) out.add(s.snapshot(termDf, entityDf));
        return List.copyOf(out);
    }

    private double score(WeightedBag content, WeightedBag entities, StoryState story) {
        double text = WeightedBag.cosine(content, story.content, termDf);
        if (entities.isEmpty() || story.entities.isEmpty()) return text;
        double shared = WeightedBag.cosine(entities, story.entities, entityDf);
        return (1 - config.entityWeight()) * text + config.entityWeight() * shared;
    }

    private double decay(OptionalLong gap) {
        if (gap.isEmpty() || config.windowDays() == 0) return 1;
        return 1 - config.dateDecay() * gap.getAsLong() / config.windowDays();
    }
}
