package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.testkit.Seeds;
import org.parley.testkit.Shared;

/** The five seed articles: read, titled where they have a headline, and cleaned of the residue at their edges. */
class SeedsTest {
    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    private List<Article> seeds() {
        Path folder = Shared.seeds();
        List<Article> articles = Checks.articles(reader.read(folder));
        assertThat(articles).hasSize(Seeds.files().size()).hasSize(5);
        return articles;
    }

    @Test
    void all_five_seeds_are_read_in_file_order_with_the_invariants_kept() {
        List<Article> articles = seeds();

        assertThat(articles).extracting(Article::name)
                .containsExactlyElementsOf(Seeds.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void a_seed_whose_first_clean_line_is_short_and_unpunctuated_has_it_as_title() {
        for (Article a : seeds()) {
            String first = firstLine(a.cleanText());
            boolean headline = first.length() <= 200 && !first.matches(".*[.!?,;:\u2026][\"'\u201d\u2019]*");
            if (headline) {
                assertThat(a.title()).as("title of %s", a.name()).isEqualTo(first);
                assertThat(a.text()).as("the title stays in the text").contains(first);
            } else {
                assertThat(a.title()).as("title of %s", a.name()).isEmpty();
            }
        }
        assertThat(seeds()).filteredOn(a -> !a.title().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_last_non_blank_line_of_every_seed_is_a_story_sentence() {
        for (Article a : seeds()) {
            List<String> lines = a.cleanText().lines().filter(l -> !l.isBlank()).toList();
            String last = lines.get(lines.size() - 1).strip();

            assertThat(last).as("last line of %s", a.name()).matches("(?s).*[.!?\u2026][\"'\u201d\u2019)]*");
            assertThat(last.split("\\s+").length).as("words in the last line of %s", a.name()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void no_form_residue_related_list_or_trailer_survives() {
        for (Article a : seeds()) {
            for (String line : a.cleanText().lines().map(String::strip).toList()) {
                assertThat(line).as("in %s", a.name())
                        .doesNotMatch("[\"'\u201c\u201d]?\\*[\"'\u201c\u201d]?.*required.*")
                        .doesNotMatch("(?i)related( sources| articles)?:?")
                        .doesNotMatch("(?i)for more (updates|coverage).*\\bvisit\\b.*")
                        .doesNotMatch("(?i)by (editorial )?staff");
            }
        }
    }

    @Test
    void the_first_clean_line_of_every_seed_is_a_headline_or_a_story_sentence_not_a_section_label() {
        for (Article a : seeds()) {
            String first = firstLine(a.cleanText());

            assertThat(first.split("\\s+").length).as("words in the first line of %s", a.name()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void every_removal_is_recorded_with_a_reason_and_residue_was_found_in_most_seeds() {
        List<Article> articles = seeds();

        assertThat(articles).allSatisfy(a -> assertThat(a.removed()).allSatisfy(r -> assertThat(r.reason()).isNotBlank()));
        assertThat(articles).filteredOn(a -> !a.removed().isEmpty()).hasSizeGreaterThanOrEqualTo(4);
        articles.forEach(a -> a.removed().forEach(r -> System.out.println(a.name() + " removed " + r.reason() + ": " + r.text().replace('\n', '|'))));
    }

    @Test
    void no_story_paragraph_is_removed() {
        for (Article a : seeds()) {
            assertThat(a.removed()).as("removals of %s", a.name())
                    .allSatisfy(r -> assertThat(r.text().lines().mapToInt(String::length).max().orElse(0)).isLessThan(150));
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
