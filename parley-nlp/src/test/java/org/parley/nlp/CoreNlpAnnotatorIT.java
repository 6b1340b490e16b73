package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Invariants;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.TimeMention;
import org.parley.testkit.Docs;
import org.parley.testkit.Seeds;

/** The real annotator on the seeds and on small texts written for these tests. One model load per JVM. */
class CoreNlpAnnotatorIT {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(NlpConfig.defaults());

    private static List<Article> seeds() {
        return Seeds.files().stream()
                .map(p -> Docs.article(p.getFileName().toString(), Seeds.text(prefix(p)), null))
                .toList();
    }

    private static String prefix(Path p) {
        return p.getFileName().toString().substring(0, 3);
    }

    private static List<Mention> mentionsContaining(AnnotatedArticle doc, String word) {
        return doc.mentions().stream().filter(m -> m.surface().contains(word)).toList();
    }

    @Test
    void every_seed_annotates_with_consistent_spans() {
        for (Article seed : seeds()) {
            AnnotatedArticle doc = ANNOTATOR.process(seed);

            Invariants.check(doc);
            assertThat(doc.sentences()).as(seed.name()).hasSizeGreaterThan(3);
            assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.word()).isEqualTo(t.span().of(seed.text())));
            assertThat(doc.tokens()).filteredOn(t -> Character.isLetter(t.word().charAt(0)))
                    .allSatisfy(t -> assertThat(t.pos()).isNotEmpty());
        }
    }

    @Test
    void people_named_in_the_seeds_are_persons() {
        for (String surname : List.of("Rutte", "Hegseth", "Trump", "Putin")) {
            List<Mention> found = seeds().stream().map(ANNOTATOR::process)
                    .flatMap(d -> mentionsContaining(d, surname).stream()).toList();

            assertThat(found).as(surname).isNotEmpty();
            assertThat(found).as(surname).filteredOn(m -> m.type() == EntityType.PERSON)
                    .hasSizeGreaterThanOrEqualTo(found.size() * 3 / 4);
        }
    }

    @Test
    void countries_are_governments_and_nato_an_organization() {
        AnnotatedArticle doc = ANNOTATOR.process(seeds().get(0));

        assertThat(doc.mentions()).filteredOn(m -> m.surface().equals("Ukraine")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.GOVERNMENT))
                .allSatisfy(m -> assertThat(m.nerTag()).isEqualTo("COUNTRY"));
        // "US" before a title ("US Secretary of Defense") is left untagged by the CRF; the lexicon catches it.
        assertThat(doc.mentions()).filteredOn(m -> m.surface().equals("US")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.GOVERNMENT));
        assertThat(mentionsContaining(doc, "NATO")).isNotEmpty()
                .anySatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(doc.mentions()).filteredOn(m -> m.surface().equals("Brussels")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
    }

    @Test
    void weekday_is_normalised_against_the_publication_date() {
        // 2025-02-14 is a Friday; "on Thursday" in a report of that day is the day before.
        Article article = Docs.article("thursday.txt",
                "The minister said on Thursday that talks would resume.", LocalDate.of(2025, 2, 14));

        AnnotatedArticle doc = Invariants.check(ANNOTATOR.process(article));

        assertThat(doc.times()).extracting(TimeMention::surface, TimeMention::value, TimeMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Thursday", "2025-02-13", "DATE"));
        assertThat(doc.tokens()).filteredOn(t -> t.word().equals("Thursday"))
                .singleElement().satisfies(t -> assertThat(t.ner()).isEqualTo("DATE"));
    }

    @Test
    void a_weekday_after_a_future_verb_is_the_coming_one() {
        Article article = Docs.article("friday.txt",
                "The ministers will meet on Thursday. They met last Monday.", LocalDate.of(2025, 2, 14));

        AnnotatedArticle doc = Invariants.check(ANNOTATOR.process(article));

        assertThat(doc.times()).extracting(TimeMention::surface, TimeMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Thursday", "2025-02-20"),
                org.assertj.core.groups.Tuple.tuple("last Monday", "2025-02-10"));
    }

    @Test
    void next_week_in_late_december_falls_in_the_next_iso_year() {
        // 2024-12-30 is the Monday of ISO week 2025-W01, so "next week" is 2025-W02.
        Article article = Docs.article("december.txt",
                "The envoy will travel to Kyiv next week.", LocalDate.of(2024, 12, 30));

        AnnotatedArticle doc = Invariants.check(ANNOTATOR.process(article));

        assertThat(doc.times()).extracting(TimeMention::surface, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("next week", "2025-W02"));
    }

    @Test
    void paragraphs_are_counted_at_blank_lines_and_single_line_breaks() {
        Article article = Docs.article("paragraphs.txt",
                "Talks Resume\n\nThe first paragraph starts here. It has two sentences.\nA second paragraph follows.\n   \nThird.",
                null);

        AnnotatedArticle doc = Invariants.check(ANNOTATOR.process(article));

        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2, 3);
    }

    @Test
    void a_headline_without_full_stop_is_its_own_sentence() {
        Article article = Docs.article("headline.txt", "Allies Meet in Brussels\nThe ministers met on Monday.", null);

        AnnotatedArticle doc = Invariants.check(ANNOTATOR.process(article));

        assertThat(doc.sentences()).extracting(s -> s.span().of(article.text()))
                .containsExactly("Allies Meet in Brussels", "The ministers met on Monday.");
    }

    @Test
    void a_huge_run_on_text_is_cut_into_bounded_sentences_and_blocks() {
        String line = "alpha beta gamma delta epsilon, ".repeat(3_000);
        Article article = Docs.article("huge.txt", line + "\n" + line, null);
        CoreNlpAnnotator small = ANNOTATOR;

        AnnotatedArticle doc = Invariants.check(small.process(article));

        assertThat(doc.tokens()).hasSize(2 * 3_000 * 6);
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.tokenCount()).isLessThanOrEqualTo(150));
        assertThat(doc.sentences().get(doc.sentences().size() - 1).paragraph()).isEqualTo(1);
    }

    @Test
    void two_threads_give_exactly_what_one_gives() throws Exception {
        List<Article> articles = seeds();
        List<AnnotatedArticle> sequential = articles.stream().map(ANNOTATOR::process).toList();

        List<AnnotatedArticle> parallel;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AnnotatedArticle>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = articles.size() - 1; i >= 0; i--) {
                    Article a = articles.get(i);
                    futures.add(pool.submit(() -> ANNOTATOR.process(a)));
                }
            }
            parallel = new java.util.ArrayList<>();
            for (Future<AnnotatedArticle> f : futures) parallel.add(f.get());
        } finally {
            pool.shutdownNow();
        }

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < articles.size(); i++) {
                assertThat(parallel.get(round * articles.size() + articles.size() - 1 - i))
                        .as(articles.get(i).name()).isEqualTo(sequential.get(i));
            }
        }
    }

    @Test
    void skipping_sentences_without_a_time_word_finds_the_same_dates() throws Exception {
        CoreNlpAnnotator everySentence = new CoreNlpAnnotator(NlpConfig.defaults().withTimeTriggers(false));
        List<Article> articles = new java.util.ArrayList<>();
        for (Article seed : seeds()) {
            articles.add(Docs.article(seed.name(), seed.text(), LocalDate.of(2025, 3, 14)));
        }
        Path corpus = org.parley.testkit.Shared.require("corpora/ukraine_nato_talks_press_2021_2022.jsonl");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var lines = java.nio.file.Files.lines(corpus)) {
            for (String line : lines.limit(25).toList()) {
                var node = json.readTree(line);
                articles.add(Docs.article(node.path("id").asText(), node.path("text").asText(), LocalDate.of(2022, 2, 1)));
            }
        }
        int dates = 0;
        for (Article article : articles) {
            List<TimeMention> all = everySentence.process(article).times();
            List<TimeMention> filtered = ANNOTATOR.process(article).times();

            assertThat(filtered).as(article.name()).isEqualTo(all);
            dates += all.size();
        }
        assertThat(dates).as("dates found in %d articles", articles.size()).isGreaterThan(100);
    }
}
