package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Removal;

class TextLimitsTest {
    private static final String SENTENCE = "The minister said on Monday that talks would continue.";
    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    private Outcome.Done<Article> readText(String text) {
        List<Outcome<Article>> all = Checks.all(reader.read("hostile.txt",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(all).singleElement().isInstanceOf(Outcome.Done.class);
        return (Outcome.Done<Article>) all.getFirst();
    }

    @Test
    void a_word_of_a_million_characters_is_blanked_kept_as_a_removal_and_said_in_one_warning() {
        String word = "x".repeat(1_000_000);

        Outcome.Done<Article> done = readText(SENTENCE + "\n" + word.substring(0, 290_000) + "\n");

        Article a = done.value();
        assertThat(a.text()).startsWith(SENTENCE).doesNotContain("xxx");
        assertThat(a.text()).hasSameSizeAs(a.originalText());
        assertThat(a.removed()).extracting(Removal::reason).containsExactly("over-long word");
        assertThat(a.removed().getFirst().span().length()).isEqualTo(290_000);
        assertThat(done.warnings()).singleElement().asString()
                .contains("1 word(s) over 500 characters are not analysed").contains("offset " + (SENTENCE.length() + 1));
    }

    @Test
    void a_text_over_the_limit_is_cut_at_a_paragraph_end_and_the_cut_is_said() {
        String paragraph = SENTENCE + " " + SENTENCE + "\n";
        String text = paragraph.repeat(400_000 / paragraph.length() + 1);

        Outcome.Done<Article> done = readText(text);

        Article a = done.value();
        assertThat(a.originalText().length()).isLessThanOrEqualTo(TextLimits.DEFAULT_MAX_TEXT_CHARS)
                .isGreaterThan(TextLimits.DEFAULT_MAX_TEXT_CHARS - paragraph.length());
        assertThat(a.originalText()).endsWith(paragraph).isEqualTo(text.substring(0, a.originalText().length()));
        assertThat(done.warnings()).singleElement().asString()
                .contains("the text has %,d characters; only the first %,d are analysed".formatted(text.length(), a.originalText().length()))
                .contains("split long files into articles");
    }

    @Test
    void a_megabyte_word_is_both_cut_and_blanked_and_said_in_one_line() {
        Outcome.Done<Article> done = readText(SENTENCE + "\n" + "w".repeat(1 << 20) + "\n");

        assertThat(done.value().text().strip()).isEqualTo(SENTENCE);
        assertThat(done.warnings()).singleElement().asString().contains("only the first").contains("1 word(s) over 500");
    }

    @Test
    void a_text_without_a_single_space_is_one_line_saying_nothing_is_left() {
        List<Outcome<Article>> all = Checks.all(reader.read("binary.txt",
                new ByteArrayInputStream("y".repeat(5_000).getBytes(StandardCharsets.UTF_8))));

        assertThat(Checks.problems(all)).singleElement().asString().contains("nothing is left").contains("over-long word");
    }

    @Test
    void an_ordinary_article_is_read_as_it_is() {
        Outcome.Done<Article> done = readText(SENTENCE + " https://example.org/" + "a/".repeat(100) + "\n");

        assertThat(done.warnings()).isEmpty();
        assertThat(done.value().removed()).isEmpty();
    }
}
