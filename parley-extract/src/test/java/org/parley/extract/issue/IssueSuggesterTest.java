package org.parley.extract.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.testkit.Docs;

class IssueSuggesterTest {
    @Test
    void a_phrase_holders_take_positions_on_in_several_articles_is_suggested_first() {
        List<AnnotatedArticle> docs = List.of(
                Docs.annotated(Docs.article("a.txt", "Smith rejected the carbon tax on Monday. The weather was mild.", null), "PERSON:Smith"),
                Docs.annotated(Docs.article("b.txt", "Jones said that farmers oppose the carbon tax.", null), "PERSON:Jones"),
                Docs.annotated(Docs.article("c.txt", "Brown welcomed a carbon tax. The weather was mild.", null), "PERSON:Brown"));

        List<IssueSuggestion> suggestions = new IssueSuggester().suggest(docs, 3);

        assertThat(suggestions).isNotEmpty();
        IssueSuggestion top = suggestions.get(0);
        assertThat(top.name()).isEqualTo("carbon tax");
        assertThat(top.id()).isEqualTo("carbon-tax");
        assertThat(top.documents()).isEqualTo(3);
        assertThat(top.holders()).isEqualTo(3);
        assertThat(top.example()).contains("carbon tax");
        assertThat(suggestions).noneMatch(s -> s.name().contains("weather"));
    }

    @Test
    void ids_are_whole_words_and_a_stance_word_is_not_an_issue() {
        List<AnnotatedArticle> docs = List.of(
                Docs.annotated(Docs.article("a.txt", "Smith rejected neutral status and voiced support.", null), "PERSON:Smith"),
                Docs.annotated(Docs.article("b.txt", "Jones said that Kyiv could accept neutral status with support.", null), "PERSON:Jones"),
                Docs.annotated(Docs.article("c.txt", "Brown welcomed neutral status, citing support.", null), "PERSON:Brown"));

        List<IssueSuggestion> suggestions = new IssueSuggester().suggest(docs, 5);

        assertThat(suggestions).extracting(IssueSuggestion::id).contains("neutral-status").doesNotContain("support");
    }
}
