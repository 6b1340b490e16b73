package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Removal;
import org.parley.testkit.Shared;

/**
 * Reads each shared corpus end to end: every record becomes an article with its invariants kept, no removal
 * takes a long story paragraph, no mojibake is left in a title or text, and the numbers (articles per second,
 * removals by reason) are printed.
 */
class CorpusReadIT {
    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"allsides_news.jsonl", "bbc_news_2225.jsonl", "ukraine_nato_talks_press_2021_2022.jsonl", "basil_stories_dev.jsonl"})
    void every_record_of_a_corpus_is_read_and_cleaned_conservatively(String name) {
        Path file = Shared.require("corpora/" + name);
        Map<String, Integer> reasons = new TreeMap<>();
        int articles = 0;
        int problems = 0;
        long chars = 0;
        long start = System.nanoTime();
        try (Stream<Outcome<Article>> outcomes = reader.read(file)) {
            for (Iterator<Outcome<Article>> it = outcomes.iterator(); it.hasNext();) {
                switch (it.next()) {
                    case Outcome.Done<Article> d -> {
                        Article a = Checks.article(d.value());
                        articles++;
                        // AllSides carries titles and texts in double-encoded UTF-8 ("wonÃ¢â‚¬â„¢t"): none is left
                        assertThat(Mojibake.find(a.title())).as("mojibake in the title of %s", a.name()).isEmpty();
                        assertThat(Mojibake.find(a.text())).as("mojibake in the text of %s", a.name()).isEmpty();
                        chars += a.text().length();
                        for (Removal r : a.removed()) {
                            reasons.merge(r.reason(), 1, Integer::sum);
                            // a newsletter form is one long line of its own, recognised by its sign-up and opt-out words
                            // together (residue-lines.tsv); every other removal stays short
                            int limit = r.reason().equals("newsletter form") ? 1200 : 400;
                            assertThat(r.text().lines().mapToInt(String::length).max().orElse(0))
                                    .as("%s removed as %s in %s", r.text(), r.reason(), a.name()).isLessThanOrEqualTo(limit);
                        }
                    }
                    case Outcome.Failed<Article> f -> {
                        problems++;
                        System.out.println(f.problem());
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d articles, %d problems, %.1f M chars in %.2f s (%.0f articles/s); removals %s%n",
                name, articles, problems, chars / 1e6, seconds, articles / seconds, reasons);
        assertThat(problems).isZero();
        assertThat(articles).isPositive();
    }
}
