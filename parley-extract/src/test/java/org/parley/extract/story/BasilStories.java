package org.parley.extract.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.ArticleId;

/** The BASIL story dev set as story inputs in arrival (date) order, with gold story ids. */
final class BasilStories {
    final List<StoryInput> inputs = new ArrayList<>();
    final Map<ArticleId, String> gold = new HashMap<>();

    BasilStories(Path file) {
        List<Article> articles = new ArrayList<>(CorpusArticles.read(file));
        // stable sort: same-day articles keep the file order, as a feed would deliver them
        articles.sort(Comparator.comparing(a -> a.published().orElse(java.time.LocalDate.MIN)));
        for (Article a : articles) {
            String body = bodyWithoutTitle(a);
            CapitalisedPhrases.Found names = CapitalisedPhrases.in(body);
            inputs.add(StoryInput.of(a.id(), a.published(), a.outlet(), a.title(), body, names.entities(),
                    names.people(), List.of()));
            gold.put(a.id(), a.metadata().get("story"));
        }
    }

    /** The corpus text repeats the (often Title Case) headline as its first paragraph; names come from the body. */
    private static String bodyWithoutTitle(Article a) {
        String text = a.cleanText();
        int para = text.indexOf("\n\n");
        return para > 0 && text.substring(0, para).strip().equals(a.title().strip()) ? text.substring(para + 2) : text;
    }

    Map<ArticleId, String> cluster(StoryConfig config) {
        return cluster(config, true);
    }

    /**
     * Clusters in date order; with {@code useDates} false the dates are withheld, so every article is compared with
     * every story: a harder test of content and names, since BASIL's 50 events rarely overlap in time.
     */
    Map<ArticleId, String> cluster(StoryConfig config, boolean useDates) {
        StoryClusterer clusterer = new StoryClusterer(config);
        Map<ArticleId, String> predicted = new HashMap<>();
        for (StoryInput in : inputs) {
            StoryInput fed = useDates ? in : new StoryInput(in.article(), java.util.Optional.empty(), in.outlet(),
                    in.title(), in.terms(), in.entities(), in.people(), in.issues());
            predicted.put(in.article(), clusterer.add(fed).story());
        }
        return predicted;
    }
}
