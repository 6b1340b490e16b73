package org.parley.extract.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Issue;
import org.parley.testkit.Docs;

class IssueMatcherTest {
    private static final Issue MEMBERSHIP = new Issue("m", "NATO membership", List.of("join NATO", "NATO membership", "member of NATO"));
    private static final IssueMatcher MATCHER = new IssueMatcher(List.of(MEMBERSHIP));

    @ParameterizedTest
    @ValueSource(strings = {"Kyiv keeps joining NATO in view.", "Kyiv wants to join the Alliance.", "NATO's accession process is slow.",
            "Kyiv hopes to become a NATO member.", "Kyiv seeks membership in NATO.", "Kyiv seeks full NATO membership."})
    void variants_of_the_terms_match_on_lemmas_and_families(String sentence) {
        assertThat(MATCHER.match(Docs.annotated(sentence))).singleElement()
                .satisfies(m -> assertThat(m.exact()).as(sentence).isTrue());
    }

    @Test
    void member_states_and_plural_members_are_countries_not_membership() {
        assertThat(MATCHER.match(Docs.annotated("Foreign ministers of NATO member states met."))).isEmpty();
        assertThat(MATCHER.match(Docs.annotated("NATO members discussed the budget."))).isEmpty();
    }

    @Test
    void words_far_apart_in_one_sentence_match_inexactly() {
        AnnotatedArticle doc = Docs.annotated("While the Alliance agrees on the future, immediate membership is not on the table.");

        assertThat(MATCHER.match(doc)).singleElement().satisfies(m -> {
            assertThat(m.exact()).isFalse();
            assertThat(m.confidence()).isLessThan(1.0);
        });
    }

    @Test
    void the_match_span_points_at_the_words() {
        String text = "He opposes Ukraine joining the Alliance now.";
        AnnotatedArticle doc = Docs.annotated(text);

        assertThat(MATCHER.match(doc)).singleElement().satisfies(m -> assertThat(m.span().of(text)).isEqualTo("joining the Alliance"));
    }

    @Test
    void lemma_keys_agree_for_words_real_lemmas_and_crude_ones() {
        assertThat(Lemmas.key("opposed")).isEqualTo(Lemmas.key("oppose")).isEqualTo(Lemmas.key("oppos"));
        assertThat(Lemmas.key("proposed")).isEqualTo(Lemmas.key("propose"));
        assertThat(Lemmas.key("NATO's")).isEqualTo("nato");
        assertThat(Lemmas.key("clarified")).isEqualTo(Lemmas.key("clarify"));
    }

    @Test
    void a_term_whose_words_fold_onto_one_family_needs_two_words() {
        IssueMatcher expansion = new IssueMatcher(List.of(new Issue("x", "NATO expansion", List.of("eastward expansion", "expand NATO"))));

        assertThat(expansion.match(Docs.annotated("We continue to expand our trade with Benin."))).isEmpty();
        assertThat(expansion.match(Docs.annotated("They discussed the eastward expansion of the bloc."))).hasSize(1);
    }
}
